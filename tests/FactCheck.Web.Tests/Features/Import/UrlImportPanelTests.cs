using Bunit;
using FactCheck.Web.Features.Import;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Import;

public class UrlImportPanelTests : WebTestContext, IClassFixture<NewsSiteServer>
{
    private readonly NewsSiteServer _site;
    private readonly List<ArticleDraft> _imported = [];

    public UrlImportPanelTests(NewsSiteServer site) => _site = site;

    private IRenderedComponent<UrlImportPanel> RenderPanel(double timeoutSeconds = 30)
    {
        Services.AddSingleton(ImportServices.Fetcher(timeoutSeconds: timeoutSeconds));
        return Render<UrlImportPanel>(p => p.Add(x => x.OnImported, (ArticleDraft d) => _imported.Add(d)));
    }

    private static void Fetch(IRenderedComponent<UrlImportPanel> cut, string url)
    {
        cut.Find("input[data-testid=import-url]").Input(url);
        cut.Find("[data-testid=fetch-url]").Click();
    }

    [Fact]
    public void UrlImportPanel_NewsPage_RaisesTheDraftAndConfirms()
    {
        var cut = RenderPanel();

        Fetch(cut, _site.ArticleUrl);

        cut.WaitForAssertion(() => Assert.Contains("words from 127.0.0.1. Check the fields below, then save.", cut.Find("[data-testid=import-success]").TextContent), ImportServices.Wait);
        var draft = Assert.Single(_imported);
        Assert.Equal((TestDocuments.NewsTitle, TestDocuments.NewsOutlet), (draft.Title, draft.Outlet));
    }

    [Fact]
    public void UrlImportPanel_NotFound_ShowsTheStatus()
    {
        var cut = RenderPanel();

        Fetch(cut, _site.Url("/missing"));

        cut.WaitForAssertion(() => Assert.Equal("The page returned 404 Not Found.", cut.Find("[data-testid=import-error]").TextContent.Trim()), ImportServices.Wait);
        Assert.Empty(_imported);
    }

    [Fact]
    public void UrlImportPanel_Slow_ShowsProgressThenTimesOut()
    {
        var cut = RenderPanel(timeoutSeconds: 2);

        Fetch(cut, _site.Url("/slow"));

        Assert.Equal("Connecting…", cut.Find("[data-testid=import-progress-text]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=import-progress] .mud-progress-linear"));
        Assert.True(cut.Find("[data-testid=fetch-url]").HasAttribute("disabled"));
        cut.WaitForAssertion(
            () => Assert.Equal("127.0.0.1 did not answer within 2 seconds; the import timed out.", cut.Find("[data-testid=import-error]").TextContent.Trim()),
            ImportServices.Wait);
        Assert.Empty(cut.FindAll("[data-testid=import-progress]"));
    }

    [Fact]
    public void UrlImportPanel_Cancel_StopsQuietly()
    {
        var cut = RenderPanel();
        Fetch(cut, _site.Url("/slow"));

        cut.Find("[data-testid=cancel-import]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=import-progress]")), ImportServices.Wait);
        Assert.Empty(cut.FindAll("[data-testid=import-error]"));
        Assert.Empty(_imported);
    }

    [Fact]
    public void UrlImportPanel_NotHttp_SaysWhatIsAccepted()
    {
        var cut = RenderPanel();

        Fetch(cut, "ftp://example.com/story");

        cut.WaitForAssertion(() => Assert.StartsWith("Only http and https addresses can be imported", cut.Find("[data-testid=import-error]").TextContent.Trim()), ImportServices.Wait);
    }

    [Fact]
    public void UrlImportPanel_EmptyAddress_FetchIsDisabled()
    {
        var cut = RenderPanel();

        Assert.True(cut.Find("[data-testid=fetch-url]").HasAttribute("disabled"));
    }
}
