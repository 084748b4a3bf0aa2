using Bunit;
using FactCheck.Web.Features.Admin;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Admin;

public class ArticleScalePickerTests : EditorialTestContext
{
    [Fact]
    public void Picker_ForAChecker_ShowsNothing()
    {
        var (articleId, _, _) = Sample();
        SignIn(Checker);

        var cut = Render<ArticleScalePicker>(p => p.Add(x => x.ArticleId, articleId).Add(x => x.ScaleId, "truth-scale"));

        Assert.Empty(cut.FindAll("[data-testid=article-scale]"));
    }

    [Fact]
    public async Task Choose_ByAnEditor_SetsTheArticlesScale()
    {
        var (articleId, _, _) = Sample();
        SignIn(Editor);
        var cut = Render<ArticleScalePicker>(p => p.Add(x => x.ArticleId, articleId).Add(x => x.ScaleId, "truth-scale"));

        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("pinocchio"));

        Assert.Equal("pinocchio", Articles.Find(articleId)!.ScaleId);
    }

    [Fact]
    public async Task Choose_ScaleLackingAUsedRating_KeepsTheOldScale()
    {
        var (articleId, quote, _) = Sample();
        Verdicts.Save(quote.Id, ActorFor(Checker), "half-true", "Partly.", null, Now);
        SignIn(Editor);
        var cut = Render<ArticleScalePicker>(p => p.Add(x => x.ArticleId, articleId).Add(x => x.ScaleId, "truth-scale"));

        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("pinocchio"));

        Assert.Equal("truth-scale", Articles.Find(articleId)!.ScaleId);
    }
}
