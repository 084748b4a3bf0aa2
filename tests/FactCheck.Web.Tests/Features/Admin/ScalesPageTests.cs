using Bunit;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Admin;

namespace FactCheck.Web.Tests.Features.Admin;

public class ScalesPageTests : EditorialTestContext
{
    private IRenderedComponent<ScalesPage> RenderPage()
    {
        SignIn(Admin);
        return Render<ScalesPage>();
    }

    [Fact]
    public void ScalesPage_BuiltInScales_ListedWithTheDefaultOpen()
    {
        var cut = RenderPage();

        Assert.Equal(3, cut.FindAll("[data-testid=scale-item]").Count);
        Assert.Equal(7, cut.FindAll("[data-testid=rating-row]").Count);
    }

    [Fact]
    public void Save_EditedLabel_IsStoredAndAudited()
    {
        var cut = RenderPage();

        cut.FindAll("input[data-testid=rating-label]")[1].Change("Largely true");
        cut.Find("[data-testid=scale-save]").Click();

        Assert.Equal("Largely true", Scales.Get(RatingScale.DefaultId).Find("mostly-true")!.Label);
        Assert.Equal("scale.changed", Assert.Single(new FactCheck.Storage.AuditLog(Db).ForArticle(0)).Action);
    }

    [Fact]
    public void Ratings_UsedByAVerdict_CannotBeRemoved()
    {
        var (_, quote, _) = Sample();
        Verdicts.Save(quote.Id, ActorFor(Checker), "half-true", "Partly.", null, Now);

        var cut = RenderPage();

        var halfTrue = cut.Find("[data-testid=rating-row][data-key=half-true]");
        Assert.Empty(halfTrue.QuerySelectorAll("[data-testid=rating-remove]"));
        Assert.Contains("1 used", halfTrue.TextContent);
        Assert.NotEmpty(cut.Find("[data-testid=rating-row][data-key=true]").QuerySelectorAll("[data-testid=rating-remove]"));
    }

    [Fact]
    public void Save_NewScaleWithAThirdRating_IsAddedToTheList()
    {
        var cut = RenderPage();

        cut.Find("[data-testid=scale-new]").Click();
        cut.Find("input[data-testid=scale-name]").Change("Traffic light");
        cut.Find("[data-testid=rating-add]").Click();
        cut.FindAll("input[data-testid=rating-label]")[2].Change("Unclear");
        cut.Find("[data-testid=scale-save]").Click();

        var scale = Scales.Get("traffic-light");
        Assert.Equal(["accurate", "inaccurate", "unclear"], scale.Ratings.Select(r => r.Key));
        Assert.Equal(4, cut.FindAll("[data-testid=scale-item]").Count);
    }

    [Fact]
    public void Save_NewScaleWithoutAName_ShowsTheProblem()
    {
        var cut = RenderPage();

        cut.Find("[data-testid=scale-new]").Click();
        cut.Find("[data-testid=scale-save]").Click();

        Assert.Equal("The scale needs a name.", cut.Find("[data-testid=scale-error]").TextContent.Trim());
    }
}
