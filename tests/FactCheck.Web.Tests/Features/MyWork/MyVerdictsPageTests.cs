using Bunit;
using FactCheck.Web.Features.MyWork;

namespace FactCheck.Web.Tests.Features.MyWork;

public class MyVerdictsPageTests : EditorialTestContext
{
    [Fact]
    public void MyVerdicts_Returned_ShowsOnlyTheirReturnedVerdictsWithTheComment()
    {
        var (articleId, quote, claim) = Sample();
        Returned(Submitted(quote.Id, Checker), "Link the transcript.");
        Submitted(claim.Id, Checker);
        SignIn(Checker);

        var cut = Render<MyVerdictsPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=my-verdict-link]")));
        Assert.Equal($"/articles/{articleId}", cut.Find("[data-testid=my-verdict-link]").GetAttribute("href"));
        Assert.Contains("Link the transcript.", cut.Find("[data-testid=my-editor-comment]").TextContent);
        Assert.Contains("Returned (1)", cut.Find("[data-testid=my-filter-returned]").TextContent);
        Assert.Contains("All (2)", cut.Find("[data-testid=my-filter-all]").TextContent);
    }

    [Fact]
    public void MyVerdicts_AnotherCheckersReturnedVerdict_IsNotListed()
    {
        var (_, quote, _) = Sample();
        Returned(Submitted(quote.Id, SecondChecker));
        SignIn(Checker);

        var cut = Render<MyVerdictsPage>();

        cut.WaitForAssertion(() => Assert.Equal("Nothing has been returned to you.", cut.Find("[data-testid=my-verdicts-empty]").TextContent));
    }
}
