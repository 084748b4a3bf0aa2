using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class ArticleTextTests : WebTestContext
{
    [Fact]
    public void ArticleText_MarkupInTheArticle_IsShownAsText()
    {
        const string hostile = "Intro. <script>window.__x=1</script><img src=x onerror=\"window.__y=1\"> \u201CA quote,\u201D she said.";
        var id = Importer.Import(new NewArticle("Hostile", hostile)).ArticleId!.Value;

        var cut = Render<ArticleText>(p => p.Add(x => x.Text, hostile).Add(x => x.Spans, Articles.Spans(id)));

        Assert.Empty(cut.FindAll("[data-testid=article-text] script"));
        Assert.Empty(cut.FindAll("[data-testid=article-text] img"));
        Assert.Equal(hostile, cut.Find("[data-testid=article-text]").TextContent);
    }

    [Fact]
    public void ArticleText_SampleArticle_HighlightsEachQuoteWithItsOffsets()
    {
        var id = ImportSample();
        var article = Articles.Find(id)!;
        var spans = Articles.Spans(id);

        var cut = Render<ArticleText>(p => p.Add(x => x.Text, article.Text).Add(x => x.Spans, spans));

        var quotes = cut.FindAll("mark.fc-quote");
        Assert.Equal(4, quotes.Count);
        foreach (var mark in quotes)
        {
            var start = int.Parse(mark.GetAttribute("data-start")!);
            Assert.Equal(article.Text.Substring(start, mark.TextContent.Length), mark.TextContent);
        }
        Assert.Equal(article.Text, cut.Find("[data-testid=article-text]").TextContent);
    }

    [Fact]
    public void ArticleText_OneSpanChanges_OnlyItsLineRendersAgain()
    {
        const string text = "The council met on Monday.\nIt cut the road budget by 12%.\nResidents were not told.";
        var claim = new ArticleSpan(1, 1, SpanKind.Claim, TextAnchor.Create(text, Core.Text.TextSpan.FromBounds(27, 57)), SpanOrigin.Engine, 0.8, [], null, null);
        var cut = Render<ArticleText>(p => p.Add(x => x.Text, text).Add(x => x.Spans, [claim]));
        var lines = cut.FindComponents<ArticleLine>();
        Assert.Equal(3, lines.Count);
        var before = lines.Select(l => l.RenderCount).ToArray();

        // The checker accepts the suggestion: only the second line's highlight changes.
        cut.Render(p => p.Add(x => x.Spans, [claim with { Status = SpanStatus.Accepted }]));

        Assert.Equal(before[0], lines[0].RenderCount);
        Assert.Equal(before[1] + 1, lines[1].RenderCount);
        Assert.Equal(before[2], lines[2].RenderCount);
        Assert.Equal(text, cut.Find("[data-testid=article-text]").TextContent);
    }

    [Fact]
    public void ArticleText_SelectedSpan_IsOutlinedAndOnlyTheLinesItTouchesRenderAgain()
    {
        const string text = "The council met on Monday.\nIt cut the road budget by 12%.\nResidents were not told.";
        ArticleSpan[] spans =
        [
            new(1, 1, SpanKind.Claim, TextAnchor.Create(text, Core.Text.TextSpan.FromBounds(0, 26)), SpanOrigin.Engine, 0.6, [], null, null),
            new(2, 1, SpanKind.Claim, TextAnchor.Create(text, Core.Text.TextSpan.FromBounds(27, 57)), SpanOrigin.Engine, 0.8, [], null, null),
        ];
        var cut = Render<ArticleText>(p => p.Add(x => x.Text, text).Add(x => x.Spans, spans));
        var lines = cut.FindComponents<ArticleLine>();
        var before = lines.Select(l => l.RenderCount).ToArray();
        Assert.Empty(cut.FindAll("mark.fc-selected"));

        cut.Render(p => p.Add(x => x.SelectedId, 2));

        Assert.Equal("It cut the road budget by 12%.", cut.Find("mark.fc-selected").TextContent);
        Assert.Equal([before[0], before[1] + 1, before[2]], lines.Select(l => l.RenderCount));

        // Closing the panel clears the outline.
        cut.Render(p => p.Add(x => x.SelectedId, null));
        Assert.Empty(cut.FindAll("mark.fc-selected"));
    }
}
