using FactCheck.Core.Articles;

namespace FactCheck.Web.Features.Workbench;

/// Cuts an article into runs at every span boundary, so overlapping claims and quotes can be
/// highlighted with plain, encoded text and no markup from the article itself. Runs also end at every line
/// break, so each line can be rendered, and re-rendered, on its own.
public static class HighlightSegmenter
{
    public static IReadOnlyList<HighlightSegment> Split(string text, IReadOnlyList<ArticleSpan> spans)
    {
        var boundaries = new SortedSet<int> { 0, text.Length };
        for (var i = text.IndexOf('\n'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\n', i + 1))
            boundaries.Add(i + 1);
        foreach (var span in spans)
        {
            boundaries.Add(Math.Clamp(span.Anchor.Start, 0, text.Length));
            boundaries.Add(Math.Clamp(span.Anchor.End, 0, text.Length));
        }

        var byStart = spans.OrderBy(s => s.Anchor.Start).ToArray();
        var open = new List<ArticleSpan>();
        var next = 0;
        var segments = new List<HighlightSegment>(boundaries.Count);
        var previous = -1;
        foreach (var boundary in boundaries)
        {
            if (previous >= 0 && boundary > previous)
            {
                open.RemoveAll(s => s.Anchor.End <= previous);
                while (next < byStart.Length && byStart[next].Anchor.Start <= previous)
                {
                    if (byStart[next].Anchor.End > previous)
                        open.Add(byStart[next]);
                    next++;
                }
                segments.Add(ToSegment(previous, boundary, open));
            }
            previous = boundary;
        }
        return segments;
    }

    private static HighlightSegment ToSegment(int start, int end, List<ArticleSpan> covering)
    {
        if (covering.Count == 0)
            return new HighlightSegment(start, end, [], null, false, false);
        var innermost = covering.MinBy(s => (s.Anchor.End - s.Anchor.Start, s.Kind == SpanKind.Quote ? 0 : 1))!;
        return new HighlightSegment(
            start,
            end,
            covering.Select(s => s.Id).ToArray(),
            innermost.Id,
            covering.Any(s => s.Kind == SpanKind.Claim),
            covering.Any(s => s.Kind == SpanKind.Quote));
    }
}
