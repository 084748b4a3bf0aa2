using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Web.Features.Revisions;
using FactCheck.Web.Tests.Features.Import;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Revisions;

public class UrlRevisionInputTests(NewsSiteServer site) : WebTestContext, IClassFixture<NewsSiteServer>
{
    [Fact]
    public void UrlRevisionInput_NewsPage_SubmitsTheArticleWithItsAddress()
    {
        Services.AddSingleton(ImportServices.Fetcher());
        RevisionInput? submitted = null;
        var cut = Render<UrlRevisionInput>(p => p
            .Add(x => x.Submitted, input => submitted = input)
            .Add(x => x.ArticleUrl, site.ArticleUrl));

        Assert.Contains(site.ArticleUrl, cut.Markup);
        cut.Find("input[data-testid=import-url]").Input(site.ArticleUrl);
        cut.Find("[data-testid=fetch-url]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(submitted), ImportServices.Wait);
        Assert.Equal(RevisionOrigin.Url, submitted!.Origin);
        Assert.Equal(site.ArticleUrl, submitted.Source);
        Assert.False(string.IsNullOrWhiteSpace(submitted.Text));
    }

    [Fact]
    public void UrlRevisionInput_Busy_SaysItIsReanchoring()
    {
        Services.AddSingleton(ImportServices.Fetcher());

        var cut = Render<UrlRevisionInput>(p => p.Add(x => x.Submitted, _ => { }).Add(x => x.Busy, true));

        Assert.Contains("Re-anchoring", cut.Find("[data-testid=revision-busy]").TextContent);
    }
}
