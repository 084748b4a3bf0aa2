using FactCheck.Core.Accounts;
using FactCheck.Core.Review;
using FactCheck.Storage.Desk;
using FactCheck.Storage.Tests.Desk;

namespace FactCheck.Storage.Tests;

public class ScaleChangesTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Ada = new("ada", Role.Admin);
    private static readonly Actor Eddie = new("eddie", Role.Editor);
    private readonly TempDatabase _temp = new();
    private readonly DeskBuilder _desk;

    public ScaleChangesTests() => _desk = new DeskBuilder(_temp);

    private ScaleStore Scales => new(_temp.Db);

    private ScaleChanges Changes => new(_temp.Db, Scales, new DeskFacts(_temp.Db));

    [Fact]
    public void Save_NewScale_IsListedAndAudited()
    {
        var scale = new RatingScale("traffic-light", "Traffic light",
        [
            new("green", "Green", "Right.", "#2e7d32", 5),
            new("amber", "Amber", "Partly right.", "#f9a825", 3),
            new("red", "Red", "Wrong.", "#c62828", 1),
        ]);

        Assert.Null(Changes.Save(scale, Ada, Now));

        Assert.Equal(["Green", "Amber", "Red"], Scales.Get("traffic-light").Ratings.Select(r => r.Label));
        Assert.Contains(Scales.List(), s => s.Id == RatingScale.DefaultId);
        var entry = Assert.Single(_temp.Audit.ForArticle(0));
        Assert.Equal(("ada", "scale.added"), (entry.Actor, entry.Action));
    }

    [Fact]
    public void Save_EditLabelAndColourOfAUsedRating_IsAllowed()
    {
        var (_, spans) = _desk.Article("Budget", null, Now);
        _desk.Verdict(spans[0], "casey", "mostly-true", VerdictStatus.Draft, Now);
        var scale = Scales.Get(RatingScale.DefaultId);
        var edited = scale with { Ratings = scale.Ratings.Select(r => r.Key == "mostly-true" ? r with { Label = "Largely true", Color = "#558b2f" } : r).ToArray() };

        Assert.Null(Changes.Save(edited, Ada, Now));

        Assert.Equal("Largely true", Scales.Get(RatingScale.DefaultId).Find("mostly-true")!.Label);
    }

    [Fact]
    public void Save_RemovingAUsedRating_IsRefusedAndNothingChanges()
    {
        var (_, spans) = _desk.Article("Budget", null, Now);
        _desk.Verdict(spans[0], "casey", "mostly-true", VerdictStatus.Draft, Now);
        var scale = Scales.Get(RatingScale.DefaultId);

        var error = Changes.Save(scale with { Ratings = scale.Ratings.Where(r => r.Key != "mostly-true").ToArray() }, Ada, Now);

        Assert.Equal("Verdicts use the rating “mostly-true” (1 of them); it cannot be removed and its key cannot change.", error);
        Assert.NotNull(Scales.Get(RatingScale.DefaultId).Find("mostly-true"));
        Assert.Equal(1, Changes.UsedKeys(RatingScale.DefaultId)["mostly-true"]);
    }

    [Theory]
    [InlineData("", "#2e7d32", 5, "Rating 1 needs a label.")]
    [InlineData("Green", "green", 5, "“Green”: colour must be a hex colour such as #2e7d32.")]
    [InlineData("Green", "#2e7d32", 6, "“Green”: the ClaimReview value must be 1 to 5, or none.")]
    public void Save_InvalidRating_SaysWhat(string label, string color, int value, string expected)
    {
        var scale = new RatingScale("bad", "Bad", [new("green", label, "", color, value), new("red", "Red", "", "#c62828", 1)]);

        Assert.Equal(expected, Changes.Save(scale, Ada, Now));
    }

    [Fact]
    public void Save_ByAnEditor_IsRefused()
    {
        Assert.Equal("Only admins can change rating scales.", Changes.Save(RatingScales.Custom, Eddie, Now));
    }

    [Fact]
    public void AssignToArticle_NoVerdicts_SwitchesTheScaleAndAudits()
    {
        var (articleId, _) = _desk.Article("Budget", null, Now);

        Assert.Null(Changes.AssignToArticle(articleId, RatingScales.Pinocchio.Id, Eddie, Now));

        Assert.Equal("pinocchio", _temp.Articles.Find(articleId)!.ScaleId);
        var entry = Assert.Single(_temp.Audit.ForArticle(articleId));
        Assert.Equal(("article.scale-changed", "truth-scale", "pinocchio"), (entry.Action, entry.Before["ScaleId"], entry.After["ScaleId"]));
    }

    [Fact]
    public void AssignToArticle_VerdictsWithRatingsTheNewScaleLacks_IsRefused()
    {
        var (articleId, spans) = _desk.Article("Budget", null, Now);
        _desk.Verdict(spans[0], "casey", "half-true", VerdictStatus.Draft, Now);

        var error = Changes.AssignToArticle(articleId, RatingScales.Pinocchio.Id, Eddie, Now);

        Assert.Equal("Verdicts on this article use ratings the Pinocchio scale lacks (half-true); it keeps its current scale.", error);
        Assert.Equal(RatingScale.DefaultId, _temp.Articles.Find(articleId)!.ScaleId);
    }

    [Fact]
    public void AssignToArticle_ByAChecker_IsRefused()
    {
        var (articleId, _) = _desk.Article("Budget", null, Now);

        Assert.NotNull(Changes.AssignToArticle(articleId, "pinocchio", new Actor("casey", Role.FactChecker), Now));
    }

    public void Dispose() => _temp.Dispose();
}
