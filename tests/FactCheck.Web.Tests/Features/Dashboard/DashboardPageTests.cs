using Bunit;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Dashboard;

public class DashboardPageTests : EditorialTestContext
{
    private IRenderedComponent<DashboardPage> RenderAt(string uri)
    {
        SignIn(Editor);
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<DashboardPage>();
    }

    /// Two checkers rate the same two claims blind: one agreement, one disagreement; a third claim waits alone.
    private void ArrangeDesk()
    {
        BlindDoubleCheck();
        var id = ImportSample();
        var spans = Articles.Spans(id);
        Submitted(spans[0].Id, Checker, "true");
        Submitted(spans[0].Id, SecondChecker, "true");
        Approved(Submitted(spans[1].Id, Checker, "half-true"));
        Submitted(spans[1].Id, SecondChecker, "false");
        Verdicts.Save(spans[2].Id, ActorFor(Checker), "false", "Draft.", null, Now);
    }

    [Fact]
    public void Dashboard_Desk_ShowsCountsQueueAndAgreement()
    {
        ArrangeDesk();

        var cut = RenderAt("/dashboard");

        Assert.Equal("5", cut.Find("[data-testid=kpi-total-value]").TextContent);
        Assert.Equal("3", cut.Find("[data-testid=kpi-waiting-value]").TextContent);
        Assert.Equal("2 paired claims", cut.Find("[data-testid=agreement-units]").TextContent);
        Assert.Equal("1 with different ratings", cut.Find("[data-testid=agreement-disagreements]").TextContent);
        var pair = cut.Find("[data-testid=agreement-pair]");
        Assert.Equal("casey|robin", pair.GetAttribute("data-pair"));
        Assert.Contains("Casey Checker & Robin Second", pair.TextContent);
        var statusCounts = cut.Find("[data-testid=by-status]").QuerySelectorAll("[data-testid=breakdown-row]")
            .ToDictionary(r => r.GetAttribute("data-key")!, r => r.QuerySelector("[data-testid=breakdown-count]")!.TextContent);
        Assert.Equal(("1", "3", "1"), (statusCounts["Draft"], statusCounts["Submitted"], statusCounts["Approved"]));
    }

    [Fact]
    public void Dashboard_EveryCount_LinksToItsDrillDown()
    {
        ArrangeDesk();

        var cut = RenderAt("/dashboard?reviewer=robin");

        Assert.Equal("/dashboard/claims?by=status&key=Submitted&reviewer=robin",
            cut.Find("[data-testid=by-status] [data-testid=breakdown-row][data-key=Submitted] a").GetAttribute("href"));
        Assert.Equal("/dashboard/claims?by=disagreement&reviewer=robin", cut.Find("[data-testid=agreement-disagreements]").GetAttribute("href"));
        Assert.Equal("/dashboard/claims?by=queue&reviewer=robin", cut.Find("[data-testid=kpi-waiting-value]").GetAttribute("href"));
        Assert.Equal("2", cut.Find("[data-testid=kpi-total-value]").TextContent);
    }

    [Fact]
    public void Dashboard_EmptyDesk_ShowsZerosAndNoAgreementYet()
    {
        var cut = RenderAt("/dashboard");

        Assert.Equal("0", cut.Find("[data-testid=kpi-total-value]").TextContent);
        Assert.Equal("—", cut.Find("[data-testid=kpi-agreement-value]").TextContent);
        Assert.Contains("No claim has two ratings yet", cut.Find("[data-testid=kpi-agreement]").TextContent);
    }
}
