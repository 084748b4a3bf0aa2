namespace FactCheck.Web.Features.Workbench;

/// A run of article text as rendered: plain (<see cref="Css"/> null) or highlighted. Compared by value,
/// so a line can tell whether anything it shows has changed.
public sealed record HighlightRun(int Start, string Text, string? Css = null, string? Spans = null, string? Id = null, int? Primary = null, string? Title = null)
{
    /// The ids of the spans this run belongs to (<see cref="Spans"/>, space-separated); none for plain text.
    public IEnumerable<int> SpanIds() =>
        Spans is null ? [] : Spans.Split(' ').Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
}
