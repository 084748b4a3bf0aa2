using FactCheck.Storage.Desk;
using FactCheck.Web.Features.Dashboard;

namespace FactCheck.Web.Tests.Features.Dashboard;

public class DashboardLinksTests
{
    [Fact]
    public void Drill_FilterAndDrill_RoundTripThroughTheQueryString()
    {
        var filter = new DashboardFilter(new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 1), "Daily Bugle", "casey", "false");

        var link = DashboardLinks.Drill(filter, DrillBy.Source, "Treasury & Co");

        Assert.Equal("/dashboard/claims?by=source&key=Treasury%20%26%20Co&from=2026-01-05&to=2026-02-01&outlet=Daily%20Bugle&reviewer=casey&rating=false", link);
        Assert.Equal(filter, DashboardLinks.Filter("2026-01-05", "2026-02-01", "Daily Bugle", "casey", "false"));
        Assert.Equal(new DrillDown(DrillBy.Source, "Treasury & Co"), DashboardLinks.DrillDown("source", "Treasury & Co"));
    }

    [Fact]
    public void Dashboard_NoFilter_PlainPath()
    {
        Assert.Equal("/dashboard", DashboardLinks.Dashboard(DashboardFilter.None));
    }

    [Fact]
    public void Filter_UnreadableValues_AreLeftOut()
    {
        Assert.Equal(DashboardFilter.None, DashboardLinks.Filter("yesterday", "2026-13-40", " ", null, ""));
        Assert.Equal(DrillDown.All, DashboardLinks.DrillDown("nonsense", "x"));
    }
}
