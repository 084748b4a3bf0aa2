using Bunit;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Review;

namespace FactCheck.Web.Tests.Features.Review;

public class ReviewPageTests : EditorialTestContext
{
    private IRenderedComponent<ReviewPage> RenderPage(Verdict verdict, CurrentUserKind who = CurrentUserKind.Editor)
    {
        SignIn(who == CurrentUserKind.Editor ? Editor : Admin);
        return Render<ReviewPage>(p => p.Add(x => x.VerdictId, verdict.Id));
    }

    [Fact]
    public void ReviewPage_SubmittedVerdict_ShowsTheClaimInContextWithRatingAndRationale()
    {
        var (_, quote, _) = Sample();
        var verdict = Submitted(quote.Id, Checker, "mostly-true", "Both governments confirmed the call.");

        var cut = RenderPage(verdict);

        Assert.Equal(quote.Anchor.Exact, cut.Find("[data-testid=context-span]").TextContent);
        Assert.Contains("Mostly true", cut.Find("[data-testid=rating-chip]").TextContent);
        Assert.Equal("Both governments confirmed the call.", cut.Find("[data-testid=verdict-rationale]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=approve-verdict]"));
    }

    [Fact]
    public void Approve_SubmittedVerdict_StoresItApprovedAndOffersPublish()
    {
        var (_, quote, _) = Sample();
        var verdict = Submitted(quote.Id, Checker);
        var cut = RenderPage(verdict);

        cut.Find("[data-testid=approve-verdict]").Click();

        Assert.Equal(VerdictStatus.Approved, Verdicts.Find(verdict.Id)!.Status);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=publish-verdict]")));
        cut.Find("[data-testid=publish-verdict]").Click();
        Assert.Equal(VerdictStatus.Published, Verdicts.Find(verdict.Id)!.Status);
        cut.WaitForAssertion(() => Assert.Contains("A published verdict is final", cut.Find("[data-testid=review-final]").TextContent));
    }

    [Fact]
    public void Return_WithoutAComment_SaysOneIsRequiredAndChangesNothing()
    {
        var (_, quote, _) = Sample();
        var verdict = Submitted(quote.Id, Checker);
        var cut = RenderPage(verdict);

        cut.Find("[data-testid=return-verdict]").Click();

        Assert.Equal("Say what needs to change: a comment is required when returning a verdict.", cut.Find("[data-testid=review-error]").TextContent);
        Assert.Equal(VerdictStatus.Submitted, Verdicts.Find(verdict.Id)!.Status);
    }

    [Fact]
    public void Return_WithAComment_SendsItBackToTheChecker()
    {
        var (_, quote, _) = Sample();
        var verdict = Submitted(quote.Id, Checker);
        var cut = RenderPage(verdict);

        cut.Find("textarea[data-testid=review-comment]").Change("Cite the transcript.");
        cut.Find("[data-testid=return-verdict]").Click();

        var stored = Verdicts.Find(verdict.Id)!;
        Assert.Equal((VerdictStatus.Returned, "Cite the transcript.", "eddie"), (stored.Status, stored.EditorComment, stored.Reviewer));
        cut.WaitForAssertion(() => Assert.Contains("Cite the transcript.", cut.Find("[data-testid=verdict-editor-comment]").TextContent));
    }

    [Fact]
    public void Approve_OwnVerdictWithoutSelfApproval_ShowsTheWorkflowRule()
    {
        var (_, quote, _) = Sample();
        var verdict = Submitted(quote.Id, Editor);
        var cut = RenderPage(verdict);

        cut.Find("[data-testid=approve-verdict]").Click();

        Assert.Equal("You cannot approve a verdict you wrote; another editor must review it.", cut.Find("[data-testid=review-error]").TextContent);
    }

    [Fact]
    public void ReviewPage_AnotherEditorDecidesMeanwhile_ShowsTheirDecisionAtOnce()
    {
        var (_, quote, _) = Sample();
        var verdict = Submitted(quote.Id, Checker);
        var cut = RenderPage(verdict);

        Verdicts.Return(verdict.Id, ActorFor(Admin), "Not yet.", verdict.Version, Now);

        cut.WaitForAssertion(() => Assert.Contains("Not yet.", cut.Find("[data-testid=verdict-editor-comment]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=approve-verdict]"));
    }

    [Fact]
    public void ReviewPage_BlindPairThatDisagrees_ShowsBothVerdictsAndWarns()
    {
        BlindDoubleCheck();
        var (_, quote, _) = Sample();
        var first = Submitted(quote.Id, Checker, "true", "Casey: confirmed.");
        Submitted(quote.Id, SecondChecker, "false", "Robin: no such call.");

        var cut = RenderPage(first);

        Assert.Contains("The checkers disagree", cut.Find("[data-testid=double-check]").TextContent);
        Assert.Equal(["casey", "robin"], cut.FindAll("[data-testid=verdict-card]").Select(c => c.GetAttribute("data-checker")));
        Assert.Equal(2, cut.FindAll(".fc-disagrees").Count);
    }

    [Fact]
    public void ReviewPage_UnknownVerdict_SaysSo()
    {
        SignIn(Editor);

        var cut = Render<ReviewPage>(p => p.Add(x => x.VerdictId, 999));

        Assert.Contains("There is no verdict with id 999", cut.Find("[data-testid=review-missing]").TextContent);
    }

    public enum CurrentUserKind
    {
        Editor,
        Admin,
    }
}
