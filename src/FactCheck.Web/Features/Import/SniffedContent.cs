namespace FactCheck.Web.Features.Import;

/// A file's format, and for the text formats its decoded text.
public sealed record SniffedContent(ImportFormat Format, string? Text);
