using FactCheck.Core.Articles;
using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class HighlightSegmenterTests
{
    private const string Text = "He said \u201Cprices rose 5%\u201D last year. Then he left.";

    private static ArticleSpan Span(int id, SpanKind kind, int start, int end) =>
        new(id, 1, kind, TextAnchor.Create(Text, Core.Text.TextSpan.FromBounds(start, end)), SpanOrigin.Engine, null, [], null, null);

    [Fact]
    public void Split_QuoteInsideClaim_GivesTheQuoteItsOwnRunInsideTheClaim()
    {
        var claim = Span(1, SpanKind.Claim, 0, 36);
        var quote = Span(2, SpanKind.Quote, 9, 23);

        var segments = HighlightSegmenter.Split(Text, [claim, quote]);

        Assert.Equal(
            [(0, 9, 1), (9, 23, 2), (23, 36, 1), (36, Text.Length, (int?)null)],
            segments.Select(s => (s.Start, s.End, s.Primary)));
        Assert.True(segments[1].HasClaim && segments[1].HasQuote);
        Assert.Equal([1, 2], segments[1].SpanIds.Order());
    }

    [Fact]
    public void Split_Segments_CoverTheTextExactlyOnce()
    {
        var spans = new[] { Span(1, SpanKind.Claim, 0, 20), Span(2, SpanKind.Claim, 10, 30), Span(3, SpanKind.Quote, 15, 16) };

        var segments = HighlightSegmenter.Split(Text, spans);

        Assert.Equal(0, segments[0].Start);
        Assert.Equal(Text.Length, segments[^1].End);
        Assert.All(segments.Zip(segments.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.All(segments, s => Assert.True(s.End > s.Start));
        Assert.Equal(3, segments.Single(s => s.Start == 15).Primary);
    }

    [Fact]
    public void Split_NoSpans_IsOnePlainRun()
    {
        var segment = Assert.Single(HighlightSegmenter.Split(Text, []));

        Assert.Equal((0, Text.Length, (int?)null), (segment.Start, segment.End, segment.Primary));
    }

    [Fact]
    public void Split_LineBreaks_EndRunsSoEachLineRendersOnItsOwn()
    {
        const string text = "First line.\nSecond \u201Cquoted\u201D line.\n\nThird.";
        var quote = new ArticleSpan(1, 1, SpanKind.Quote, TextAnchor.Create(text, Core.Text.TextSpan.FromBounds(4, 20)), SpanOrigin.Engine, null, [], null, null);

        var segments = HighlightSegmenter.Split(text, [quote]);

        // The highlight crossing the first line break is cut in two; both halves belong to the quote.
        Assert.Equal([(0, 4, null), (4, 12, 1), (12, 20, 1), (20, 34, null), (34, 35, null), (35, text.Length, (int?)null)],
            segments.Select(s => (s.Start, s.End, s.Primary)));
    }
}
