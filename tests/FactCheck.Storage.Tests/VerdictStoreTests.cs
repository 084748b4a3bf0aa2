using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;

namespace FactCheck.Storage.Tests;

public class VerdictStoreTests : IDisposable
{
    private const string Text = "Unemployment fell to 3.9% in May, the lowest in a decade.";
    private static readonly DateTime Now = new(2026, 5, 6, 7, 8, 9, DateTimeKind.Utc);
    private static readonly Actor Casey = new("casey", Role.FactChecker);
    private static readonly Actor Robin = new("robin", Role.FactChecker);
    private static readonly Actor Eddie = new("eddie", Role.Editor);
    private readonly TempDatabase _temp = new();
    private readonly int _articleId;
    private readonly int _spanId;

    public VerdictStoreTests()
    {
        var claim = new SpanSuggestion(SpanKind.Claim, TextAnchor.Create(Text, new(0, Text.Length)), 0.9, [], null, null);
        _articleId = _temp.Articles.Add(new NewArticle("Jobs", Text), new SpanSuggestions([claim], []), Now);
        _spanId = _temp.Articles.Spans(_articleId).Single().Id;
    }

    private VerdictStore Store => _temp.Verdicts;

    [Fact]
    public void Save_NewVerdict_IsADraftThereAfterReopening()
    {
        Store.Save(_spanId, Casey, "mostly-true", "  BLS puts it at 4.0%.  ", null, Now);

        _temp.Reopen();
        var verdict = Assert.Single(Store.ForSpan(_spanId));

        Assert.Equal((_articleId, "casey", "mostly-true", "BLS puts it at 4.0%.", VerdictStatus.Draft, Now, 1),
            (verdict.ArticleId, verdict.Checker, verdict.RatingKey, verdict.Rationale, verdict.Status, verdict.UpdatedAt, verdict.Version));
    }

    [Fact]
    public void Save_BasedOnTheLatestVersion_ReplacesRatingAndRationale()
    {
        var first = Store.Save(_spanId, Casey, "true", "First look.", null, Now).Verdict!;

        var second = Store.Save(_spanId, Casey, "half-true", "The decade claim is wrong.", first.Version, Now.AddMinutes(1));

        Assert.True(second.Succeeded);
        var verdict = Assert.Single(Store.ForArticle(_articleId));
        Assert.Equal(("half-true", "The decade claim is wrong.", 2), (verdict.RatingKey, verdict.Rationale, verdict.Version));
    }

    [Fact]
    public void Save_TwoCheckersFromTheSameVersion_SecondGetsAConflictAndTheFirstIsKept()
    {
        var start = Store.Save(_spanId, Casey, "true", "Draft.", null, Now).Verdict!;
        Assert.True(Store.Save(_spanId, Casey, "false", "Casey's final word.", start.Version, Now).Succeeded);

        var robins = Store.Save(_spanId, Robin, "true", "Robin's take.", start.Version, Now);

        Assert.True(robins.IsConflict);
        Assert.Contains("casey changed this verdict while you were editing it", robins.Error);
        Assert.Equal("Casey's final word.", robins.Current!.Rationale);
        Assert.Equal("Casey's final word.", Store.ForSpan(_spanId).Single().Rationale);
    }

    [Fact]
    public void Save_FirstVerdictWhenSomeoneElseJustCreatedOne_IsAConflict()
    {
        Store.Save(_spanId, Casey, "true", "Casey was first.", null, Now);

        var robins = Store.Save(_spanId, Robin, "false", "Robin thought there was none.", null, Now);

        Assert.True(robins.IsConflict);
        Assert.Equal("Casey was first.", Store.ForSpan(_spanId).Single().Rationale);
    }

    [Theory]
    [InlineData("made-up", "Why", "\"made-up\" is not a rating on the Truth scale; use one of: true, mostly-true, half-true, mostly-false, false, pants-on-fire, unverifiable.")]
    [InlineData("", "Why", "Choose a rating.")]
    [InlineData("true", "   ", "Rationale is required.")]
    public void Save_BadInput_IsRefusedWithAClearMessageAndStoresNothing(string rating, string rationale, string error)
    {
        var result = Store.Save(_spanId, Casey, rating, rationale, null, Now);

        Assert.Equal(error, result.Error);
        Assert.Empty(Store.ForSpan(_spanId));
        Assert.Empty(_temp.Audit.ForArticle(_articleId));
    }

    [Fact]
    public void Save_UnknownSpan_IsRefused()
    {
        var result = Store.Save(_spanId + 1000, Casey, "true", "Why", null, Now);

        Assert.Equal($"There is no claim or quote with id {_spanId + 1000}.", result.Error);
    }

    [Fact]
    public void Workflow_SubmitReturnReviseApprovePublish_FollowsTheRulesAndIsAudited()
    {
        var draft = Store.Save(_spanId, Casey, "true", "Looks right.", null, Now).Verdict!;
        var submitted = Store.Submit(draft.Id, Casey, draft.Version, Now.AddMinutes(1)).Verdict!;
        Assert.Equal(VerdictStatus.Submitted, submitted.Status);
        Assert.Equal("This verdict is submitted and can no longer be edited.", Store.Save(_spanId, Casey, "false", "x", submitted.Version, Now).Error);

        Assert.Equal("Say what needs to change: a comment is required when returning a verdict.", Store.Return(submitted.Id, Eddie, " ", submitted.Version, Now).Error);
        Assert.Equal("Only editors can return verdicts.", Store.Return(submitted.Id, Robin, "No.", submitted.Version, Now).Error);
        var returned = Store.Return(submitted.Id, Eddie, "Cite the BLS table.", submitted.Version, Now.AddMinutes(2)).Verdict!;
        Assert.Equal((VerdictStatus.Returned, "Cite the BLS table.", "eddie"), (returned.Status, returned.EditorComment, returned.Reviewer));

        var revised = Store.Save(_spanId, Casey, "mostly-true", "BLS table A-1 says 4.0%.", returned.Version, Now.AddMinutes(3)).Verdict!;
        var resubmitted = Store.Submit(revised.Id, Casey, revised.Version, Now.AddMinutes(4)).Verdict!;
        Assert.Equal("Only an approved verdict can be published; this one is submitted.", Store.Publish(resubmitted.Id, Eddie, resubmitted.Version, Now).Error);
        var approved = Store.Approve(resubmitted.Id, Eddie, null, resubmitted.Version, Now.AddMinutes(5)).Verdict!;
        var published = Store.Publish(approved.Id, Eddie, approved.Version, Now.AddMinutes(6)).Verdict!;

        Assert.Equal((VerdictStatus.Published, Now.AddMinutes(6)), (published.Status, published.PublishedAt));
        var trail = _temp.Audit.ForSpan(_spanId);
        Assert.Equal(
            ["verdict.created", "verdict.submitted", "verdict.returned", "verdict.saved", "verdict.submitted", "verdict.approved", "verdict.published"],
            trail.Select(e => e.Action));
        var revision = trail[3];
        Assert.Equal(("casey", "true", "mostly-true"), (revision.Actor, revision.Before["RatingKey"], revision.After["RatingKey"]));
        Assert.Equal(("Returned", "Submitted"), (trail[4].Before["Status"], trail[4].After["Status"]));
    }

    [Fact]
    public void Approve_OwnVerdict_IsRefusedUnlessTheDeskAllowsIt()
    {
        var draft = Store.Save(_spanId, Eddie, "true", "Eddie checked it himself.", null, Now).Verdict!;
        var submitted = Store.Submit(draft.Id, Eddie, draft.Version, Now).Verdict!;

        Assert.Equal("You cannot approve a verdict you wrote; another editor must review it.", Store.Approve(submitted.Id, Eddie, null, submitted.Version, Now).Error);

        _temp.Settings.Save(new DeskSettings(AllowSelfApproval: true), new Actor("ada", Role.Admin), Now);
        Assert.True(Store.Approve(submitted.Id, Eddie, null, submitted.Version, Now).Succeeded);
    }

    [Fact]
    public void Transition_FromAnOlderVersion_IsAConflict()
    {
        var draft = Store.Save(_spanId, Casey, "true", "Why.", null, Now).Verdict!;
        Store.Save(_spanId, Casey, "false", "Changed my mind.", draft.Version, Now);

        var result = Store.Submit(draft.Id, Casey, draft.Version, Now);

        Assert.True(result.IsConflict);
        Assert.Equal(VerdictStatus.Draft, Store.Find(draft.Id)!.Status);
    }

    [Fact]
    public void WorkingSet_BlindDoubleCheck_EachCheckerSeesOnlyTheirOwnVerdict()
    {
        _temp.Settings.Save(new DeskSettings(BlindDoubleCheck: true), new Actor("ada", Role.Admin), Now);

        Assert.True(Store.Save(_spanId, Casey, "true", "Casey's view.", null, Now).Succeeded);
        Assert.True(Store.Save(_spanId, Robin, "false", "Robin's view.", null, Now).Succeeded);

        Assert.Equal("Casey's view.", Store.WorkingSet(_articleId, "casey")[_spanId].Rationale);
        Assert.Equal("Robin's view.", Store.WorkingSet(_articleId, "robin")[_spanId].Rationale);
        Assert.Empty(Store.WorkingSet(_articleId, "someone-else"));
        Assert.Equal(2, Store.ForSpan(_spanId).Count);
    }

    public void Dispose() => _temp.Dispose();
}
