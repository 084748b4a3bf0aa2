using FactCheck.Storage.Desk;
using FactCheck.Web.Features.Dashboard;

namespace FactCheck.Web.Tests.Features.Dashboard;

public class DrillTextTests
{
    private static readonly DrillText Text = new(n => n.ToUpperInvariant(), r => $"<{r}>", a => $"#{a}");

    [Theory]
    [InlineData(DrillBy.Reviewer, "casey", "Checker: CASEY")]
    [InlineData(DrillBy.Rating, "false", "Rating: <false>")]
    [InlineData(DrillBy.Article, "7", "Article: #7")]
    [InlineData(DrillBy.Outlet, DashboardFilter.NoOutlet, "Outlet: none")]
    [InlineData(DrillBy.Period, "2026-03-02..2026-03-09", "First rated 2026-03-02 to 2026-03-08")]
    [InlineData(DrillBy.Agreement, null, "Claims rated by two checkers")]
    [InlineData(DrillBy.Agreement, "casey|robin", "Claims rated by two checkers: CASEY and ROBIN")]
    public void Heading_Drill_NamesWhatIsListed(DrillBy by, string? key, string expected)
    {
        Assert.Equal(expected, Text.Heading(new DrillDown(by, key)));
    }

    [Fact]
    public void Filter_EveryPart_ShortPhrases()
    {
        var filter = new DashboardFilter(new DateOnly(2026, 1, 1), null, "Globe", "robin", "true");

        Assert.Equal(["From 2026-01-01", "Outlet: Globe", "Checker: ROBIN", "Rating: <true>"], Text.Filter(filter));
    }
}
