using FactCheck.Core.Articles;

namespace FactCheck.Web.Features.Workbench;

/// Turns an article and its spans into the runs the workbench renders: classes, the ids a run belongs to,
/// the element id a span scrolls to, and the hover text.
public static class HighlightRuns
{
    public static IReadOnlyList<HighlightRun> Build(string text, IReadOnlyList<ArticleSpan> spans)
    {
        var byId = spans.ToDictionary(s => s.Id);
        var runs = new List<HighlightRun>();
        foreach (var segment in HighlightSegmenter.Split(text, spans))
        {
            var content = text.Substring(segment.Start, segment.End - segment.Start);
            if (segment.Primary is not { } primary)
            {
                runs.Add(new HighlightRun(segment.Start, content));
                continue;
            }
            var span = byId[primary];
            var css = "fc-hl" + (segment.HasClaim ? " fc-claim" : "") + (segment.HasQuote ? " fc-quote" : "")
                + (span.Status == SpanStatus.Suggested ? " fc-suggested" : "");
            // The element a span scrolls to is the run where its primary highlight starts.
            var id = span.Anchor.Start == segment.Start ? $"span-{primary}" : null;
            runs.Add(new HighlightRun(segment.Start, content, css, string.Join(' ', segment.SpanIds), id, primary, Describe(span)));
        }
        return runs;
    }

    private static string Describe(ArticleSpan span) => span.Kind switch
    {
        SpanKind.Quote => span.Speaker is { } speaker ? $"Quote · {SpanText.SpeakerLabel(speaker)}" : "Quote · speaker unknown",
        _ => span.Score is { } score ? $"Claim · check-worthiness {score:0.00}" : "Claim",
    };
}
