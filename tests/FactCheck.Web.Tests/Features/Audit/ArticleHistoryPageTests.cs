using Bunit;
using FactCheck.Web.Features.Audit;

namespace FactCheck.Web.Tests.Features.Audit;

public class ArticleHistoryPageTests : EditorialTestContext
{
    [Fact]
    public void ArticleHistory_VerdictsOnTwoSpans_ListsAllWithTheSpanTheyConcern()
    {
        var (articleId, quote, claim) = Sample();
        Submitted(quote.Id, Checker);
        Approved(Submitted(claim.Id, Checker));
        SignIn(Editor);

        var cut = Render<ArticleHistoryPage>(p => p.Add(x => x.Id, articleId));

        var entries = cut.FindAll("[data-testid=audit-entry]");
        Assert.Equal(5, entries.Count);
        Assert.Contains("Approved", entries[0].TextContent);
        Assert.Contains("Claim “", entries[0].TextContent);
        Assert.Contains("Quote “How can we help you fight drug trafficking?”", entries[4].TextContent);
        Assert.Contains("Verdicts (5)", cut.Find("[data-testid=history-filter]").TextContent);
    }

    [Fact]
    public void ArticleHistory_UnknownArticle_SaysSo()
    {
        SignIn(Checker);

        var cut = Render<ArticleHistoryPage>(p => p.Add(x => x.Id, 4242));

        Assert.Contains("There is no article with id 4242", cut.Markup);
    }

    [Fact]
    public void ArticleHistory_OffersNoWayToEditTheTrail()
    {
        var (articleId, quote, _) = Sample();
        Submitted(quote.Id, Checker);
        SignIn(Admin);

        var cut = Render<ArticleHistoryPage>(p => p.Add(x => x.Id, articleId));

        Assert.Empty(cut.Find("[data-testid=audit-trail]").QuerySelectorAll("button, input, textarea"));
    }
}
