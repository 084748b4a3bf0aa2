namespace FactCheck.Web.Features.Workbench;

/// Where the browser's text selection is in the article, in UTF-16 code units.
public sealed record SelectionOffsets(int Start, int End);
