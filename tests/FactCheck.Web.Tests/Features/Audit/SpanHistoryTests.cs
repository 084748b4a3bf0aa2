using Bunit;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Account;
using FactCheck.Web.Features.Audit;

namespace FactCheck.Web.Tests.Features.Audit;

public class SpanHistoryTests : EditorialTestContext
{
    private CurrentUser _viewer = null!;

    private IRenderedComponent<SpanHistory> RenderHistory(FactCheck.Core.Articles.ArticleSpan span, int? version = null)
    {
        var cut = Render<SpanHistory>(p => p.Add(x => x.Span, span).Add(x => x.Scale, RatingScale.Default).Add(x => x.User, _viewer).Add(x => x.Version, version));
        cut.Find("[data-testid=span-history-toggle]").Click();
        return cut;
    }

    [Fact]
    public void History_SubmittedAndReturned_ListsEachStepNewestFirstWithReadableChanges()
    {
        var (_, quote, _) = Sample();
        Returned(Submitted(quote.Id, Checker, "mostly-true"), "Link the transcript.");
        _viewer = Checker;

        var cut = RenderHistory(quote);

        Assert.Equal(["verdict.returned", "verdict.submitted", "verdict.created"], cut.FindAll("[data-testid=audit-entry]").Select(e => e.GetAttribute("data-action")));
        var returned = cut.FindAll("[data-testid=audit-entry]")[0];
        Assert.Contains("Returned to the checker", returned.TextContent);
        Assert.Contains("Eddie Editor", returned.TextContent);
        Assert.Contains("Editor's comment:", returned.TextContent);
        Assert.Contains("Link the transcript.", returned.TextContent);
        Assert.Contains("Mostly true", cut.FindAll("[data-testid=audit-entry]")[2].TextContent);
        Assert.Contains("History (3)", cut.Find("[data-testid=span-history-toggle]").TextContent);
    }

    [Fact]
    public void History_BlindDoubleCheck_ACheckerDoesNotSeeTheOtherCheckersVerdict()
    {
        BlindDoubleCheck();
        var (_, quote, _) = Sample();
        Submitted(quote.Id, Checker, "true");
        Submitted(quote.Id, SecondChecker, "pants-on-fire");
        _viewer = Checker;

        var cut = RenderHistory(quote);

        Assert.Equal(2, cut.FindAll("[data-testid=audit-entry]").Count);
        Assert.DoesNotContain("Pants on fire", cut.Markup);
    }

    [Fact]
    public void History_BlindDoubleCheck_AnEditorSeesBoth()
    {
        BlindDoubleCheck();
        var (_, quote, _) = Sample();
        Submitted(quote.Id, Checker, "true");
        Submitted(quote.Id, SecondChecker, "pants-on-fire");
        _viewer = Editor;

        var cut = RenderHistory(quote);

        Assert.Equal(4, cut.FindAll("[data-testid=audit-entry]").Count);
        Assert.Contains("Pants on fire", cut.Markup);
    }

    [Fact]
    public void History_VerdictVersionChanges_ReadsTheTrailAgain()
    {
        var (_, quote, _) = Sample();
        var submitted = Submitted(quote.Id, Checker);
        _viewer = Checker;
        var cut = RenderHistory(quote, submitted.Version);
        var returned = Returned(submitted);

        cut.Render(p => p.Add(x => x.Version, returned.Version));

        Assert.Equal(3, cut.FindAll("[data-testid=audit-entry]").Count);
    }

    [Fact]
    public void History_NoChanges_SaysSoAndLinksTheArticleHistory()
    {
        var (articleId, quote, _) = Sample();
        _viewer = Checker;

        var cut = RenderHistory(quote);

        Assert.Equal("No changes recorded for this span yet.", cut.Find("[data-testid=audit-empty]").TextContent);
        Assert.Equal($"/articles/{articleId}/history", cut.Find("[data-testid=article-history-link]").GetAttribute("href"));
    }
}
