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
}
