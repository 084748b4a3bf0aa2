namespace FactCheck.Web.Features.Workbench;

/// A run of article text covered by the same set of spans. <see cref="SpanIds"/> is empty for plain text;
/// <see cref="Primary"/> is the innermost span, the one a click on the run selects.
public sealed record HighlightSegment(int Start, int End, IReadOnlyList<int> SpanIds, int? Primary, bool HasClaim, bool HasQuote);
