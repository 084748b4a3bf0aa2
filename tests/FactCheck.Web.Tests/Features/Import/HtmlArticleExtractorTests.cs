using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class HtmlArticleExtractorTests
{
    [Fact]
    public void Extract_NewsPage_FindsStoryAndMetadata()
    {
        var draft = HtmlArticleExtractor.Extract(TestDocuments.NewsPageHtml, new Uri("https://valley-ledger.example/x"), wholePageIfNoArticle: false);

        Assert.Equal(TestDocuments.NewsTitle, draft.Title);
        Assert.Equal(TestDocuments.NewsAuthor, draft.Author);
        Assert.Equal(TestDocuments.NewsOutlet, draft.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 14), draft.PublishedOn);
        Assert.Equal("https://valley-ledger.example/x", draft.Url);
        Assert.StartsWith(TestDocuments.NewsFirstSentence, draft.Text);
        Assert.EndsWith("Residents can comment on the plan at the town hall until April 30.", draft.Text);
        Assert.Contains("\n\n\"We simply cannot afford to resurface every street this year,\" said Mayor Elena Ruiz", draft.Text);
    }

    [Fact]
    public void Extract_NewsPage_LeavesOutNavigationAdsAndFooter()
    {
        var draft = HtmlArticleExtractor.Extract(TestDocuments.NewsPageHtml, null, wholePageIfNoArticle: true);

        foreach (var noise in new[] { "cookies", "Subscribe", "ADVERTISEMENT", "Ledger Travel", "Most read", "All rights reserved", "dataLayer" })
            Assert.DoesNotContain(noise, draft.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_UploadedPage_TakesTheCanonicalUrl()
    {
        var draft = HtmlArticleExtractor.Extract(TestDocuments.NewsPageHtml, pageUrl: null, wholePageIfNoArticle: true);

        Assert.Equal("https://valley-ledger.example/local/2025/03/14/council-cuts-road-budget", draft.Url);
    }

    [Fact]
    public void Extract_ShortFragment_FallsBackToTheWholeBodyForFiles()
    {
        const string html = "<html><head><title>Note</title></head><body><p>Line one<br>line two</p><script>alert(1)</script><p>Second &amp; last.</p></body></html>";

        var file = HtmlArticleExtractor.Extract(html, null, wholePageIfNoArticle: true);

        Assert.Equal("Note", file.Title);
        Assert.Equal("Line one\nline two\n\nSecond & last.", file.Text);
    }

    [Fact]
    public void Extract_MarkupInText_StaysText()
    {
        const string html = "<html><body><article><p>The tag &lt;script&gt;alert(1)&lt;/script&gt; was printed in the story, which ran to several lines of text about security.</p></article></body></html>";

        var draft = HtmlArticleExtractor.Extract(html, null, wholePageIfNoArticle: true);

        Assert.Contains("<script>alert(1)</script>", draft.Text);
    }
}
