using Bunit;
using FactCheck.Web.Features.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Dashboard;

public class DrillDownPageTests : EditorialTestContext
{
    private IRenderedComponent<DrillDownPage> RenderAt(string uri, bool signIn = true)
    {
        if (signIn)
            SignIn(Editor);
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<DrillDownPage>();
    }

    [Fact]
    public void Drill_ByRating_ListsThoseVerdictsWithAHeading()
    {
        var (_, quote, claim) = Sample();
        var falseOne = Submitted(quote.Id, Checker, "false");
        Submitted(claim.Id, Checker, "true");

        var cut = RenderAt("/dashboard/claims?by=rating&key=false");

        Assert.Equal("Rating: False", cut.Find("[data-testid=drill-heading]").TextContent);
        Assert.Equal("1 verdict", cut.Find("[data-testid=drill-count]").TextContent);
        cut.WaitForAssertion(() => Assert.Equal($"/review/{falseOne.Id}", Assert.Single(cut.FindAll("[data-testid=drill-item]")).GetAttribute("href")));
    }

    [Fact]
    public void Drill_DisagreementForAPair_ShowsBothVerdictsOfTheClaim()
    {
        BlindDoubleCheck();
        var (_, quote, _) = Sample();
        Submitted(quote.Id, Checker, "true");
        Submitted(quote.Id, SecondChecker, "false");

        var cut = RenderAt("/dashboard/claims?by=disagreement&key=casey%7Crobin&outlet=Nowhere");

        Assert.Equal("Claims two checkers rated differently: Casey Checker and Robin Second", cut.Find("[data-testid=drill-heading]").TextContent);
        Assert.Contains("Outlet: Nowhere", cut.Markup);
        Assert.Equal("0 verdicts", cut.Find("[data-testid=drill-count]").TextContent);

        cut = RenderAt("/dashboard/claims?by=disagreement&key=casey%7Crobin", signIn: false);
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=drill-item]").Count));
    }
}
