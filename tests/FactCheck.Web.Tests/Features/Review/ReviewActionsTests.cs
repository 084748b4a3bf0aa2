using Bunit;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Review;

namespace FactCheck.Web.Tests.Features.Review;

public class ReviewActionsTests : EditorialTestContext
{
    [Fact]
    public void Approve_VerdictChangedSinceItWasShown_ShowsTheConflictAndRaisesTheirVersion()
    {
        var (_, quote, _) = Sample();
        var shown = Submitted(quote.Id, Checker);
        Verdicts.Return(shown.Id, ActorFor(Admin), "Not yet.", shown.Version, Now);
        Verdict? raised = null;
        var cut = Render<ReviewActions>(p => p.Add(x => x.Verdict, shown).Add(x => x.User, Editor).Add(x => x.Changed, v => raised = v));

        cut.Find("[data-testid=approve-verdict]").Click();

        Assert.Contains("ada changed this verdict while you were editing it", cut.Find("[data-testid=review-error]").TextContent);
        Assert.Equal((VerdictStatus.Returned, "Not yet."), (raised!.Status, raised.EditorComment));
    }

    [Fact]
    public void Actions_ReturnedVerdict_NoButtonsJustWhereItIs()
    {
        var (_, quote, _) = Sample();
        var returned = Returned(Submitted(quote.Id, Checker));

        var cut = Render<ReviewActions>(p => p.Add(x => x.Verdict, returned).Add(x => x.User, Editor));

        Assert.Empty(cut.FindAll("button"));
        Assert.Contains("With the checker for revision", cut.Find("[data-testid=review-final]").TextContent);
    }
}
