using Bunit;
using FactCheck.Web.Features.Articles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Articles;

public class ArticleIntakePageTests() : WebTestContext(maxArticleBytes: 1024)
{
    [Fact]
    public void Save_EmptyForm_SaysTitleAndTextAreRequired()
    {
        var cut = Render<ArticleIntakePage>();

        cut.Find("[data-testid=save-article]").Click();

        Assert.Contains("Title is required.", cut.Markup);
        Assert.Contains("Text is required.", cut.Markup);
        Assert.True(Articles.IsEmpty());
    }

    [Fact]
    public void Save_TextOverTheLimit_SaysSoAndStoresNothing()
    {
        var cut = Render<ArticleIntakePage>();

        cut.Find("input[data-testid=title]").Change("Too long");
        cut.Find("textarea[data-testid=text]").Change(new string('a', 1025));
        cut.Find("[data-testid=save-article]").Click();

        Assert.Contains("Text is too long: the limit is 1 KB.", cut.Markup);
        Assert.True(Articles.IsEmpty());
    }

    [Fact]
    public void Save_ValidArticle_StoresItAndOpensTheWorkbench()
    {
        var cut = Render<ArticleIntakePage>();

        cut.Find("input[data-testid=title]").Change("Budget");
        cut.Find("input[data-testid=outlet]").Change("The Ledger");
        cut.Find("textarea[data-testid=text]").Change("The council cut the budget by 12% in 2025, the mayor said.");
        cut.Find("[data-testid=save-article]").Click();

        var row = Assert.Single(Articles.List());
        Assert.Equal(("Budget", "The Ledger"), (row.Title, row.Outlet));
        Assert.EndsWith($"/articles/{row.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }
}
