using Bunit;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Review;

public class ReviewQueuePageTests : EditorialTestContext
{
    [Fact]
    public void Queue_SubmittedVerdicts_LongestWaitingFirstWithOverdueMarked()
    {
        var (_, quote, claim) = Sample();
        var older = Submitted(claim.Id, Checker, "false", "Older.");
        var draft = Verdicts.Save(quote.Id, ActorFor(SecondChecker), "true", "Newer.", null, DateTime.UtcNow).Verdict!;
        Verdicts.Submit(draft.Id, ActorFor(SecondChecker), draft.Version, DateTime.UtcNow);
        SignIn(Editor);

        var cut = Render<ReviewQueuePage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=queue-item]").Count));
        Assert.Equal($"/review/{older.Id}", cut.FindAll("[data-testid=queue-item]")[0].GetAttribute("href"));
        // Submitted 59 hours before a fixed time in the past: well over the 48 hours allowed.
        Assert.Single(cut.FindAll("[data-testid=overdue]"));
        Assert.Contains("Waiting for review (2)", cut.Find("[data-testid=queue-tab-submitted]").TextContent);
    }

    [Fact]
    public void Queue_ApprovedTab_ListsVerdictsReadyToPublish()
    {
        var (_, quote, claim) = Sample();
        Approved(Submitted(claim.Id, Checker));
        Submitted(quote.Id, Checker);
        SignIn(Editor);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/review?status=approved");

        var cut = Render<ReviewQueuePage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=queue-item]")));
        Assert.Contains("Approved, to publish (1)", cut.Find("[data-testid=queue-tab-approved]").TextContent);
    }

    [Fact]
    public void Queue_NothingSubmitted_SaysSo()
    {
        SignIn(Editor);

        var cut = Render<ReviewQueuePage>();

        cut.WaitForAssertion(() => Assert.Equal("Nothing is waiting for review.", cut.Find("[data-testid=queue-empty]").TextContent));
    }
}
