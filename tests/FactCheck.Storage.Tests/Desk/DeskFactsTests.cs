using FactCheck.Core.Review;
using FactCheck.Storage.Desk;

namespace FactCheck.Storage.Tests.Desk;

public class DeskFactsTests : IDisposable
{
    private static readonly DateTime Day = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _temp = new();
    private readonly DeskBuilder _desk;

    public DeskFactsTests() => _desk = new DeskBuilder(_temp);

    [Fact]
    public void Current_EmptyDatabase_HasNoVerdicts()
    {
        var snapshot = new DeskFacts(_temp.Db).Current();

        Assert.Empty(snapshot.Verdicts);
        Assert.Empty(snapshot.Articles);
    }

    [Fact]
    public void Current_ArticlesAndVerdicts_AreAllThereWithTheirFields()
    {
        var (articleId, spans) = _desk.Article("Budget", "Daily Bugle", Day, source: "Treasury");
        var published = _desk.Verdict(spans[0], "casey", "false", VerdictStatus.Published, Day.AddDays(1));

        var snapshot = new DeskFacts(_temp.Db).Current();

        var fact = Assert.Single(snapshot.Verdicts);
        Assert.Equal((published.Id, articleId, spans[0], "casey", "false", VerdictStatus.Published, published.SubmittedAt, published.PublishedAt, "eddie"),
            (fact.Id, fact.ArticleId, fact.SpanId, fact.Checker, fact.RatingKey, fact.Status, fact.SubmittedAt, fact.PublishedAt, fact.Reviewer));
        Assert.Equal(DateTimeKind.Utc, fact.CreatedAt.Kind);
        Assert.Equal(new ArticleFact(articleId, "Budget", "Daily Bugle", Day, RatingScale.DefaultId), snapshot.Article(articleId));
        Assert.Equal(["Treasury"], snapshot.SourcesOf(spans[0]));
        Assert.Empty(snapshot.SourcesOf(spans[1]));
    }

    [Fact]
    public void Current_NothingChanged_ReturnsTheSameSnapshot()
    {
        var (_, spans) = _desk.Article("Budget", null, Day);
        _desk.Verdict(spans[0], "casey", "true", VerdictStatus.Draft, Day);
        var facts = new DeskFacts(_temp.Db);

        Assert.Same(facts.Current(), facts.Current());
    }

    [Fact]
    public void Current_AfterVerdictChangesAndNewArticles_SeesThemWithoutAFullReload()
    {
        var (_, spans) = _desk.Article("Budget", null, Day);
        var draft = _desk.Verdict(spans[0], "casey", "true", VerdictStatus.Draft, Day);
        var facts = new DeskFacts(_temp.Db);
        var before = facts.Current();

        _desk.Verdicts.Submit(draft.Id, new Actor("casey", Core.Accounts.Role.FactChecker), draft.Version, Day.AddHours(1));
        var (laterArticle, laterSpans) = _desk.Article("Later", "Globe", Day.AddDays(1));
        var added = _desk.Verdict(laterSpans[1], "robin", "half-true", VerdictStatus.Submitted, Day.AddDays(1));
        var after = facts.Current();

        Assert.NotSame(before, after);
        Assert.Equal(VerdictStatus.Draft, before.Find(draft.Id)!.Status);
        Assert.Equal(VerdictStatus.Submitted, after.Find(draft.Id)!.Status);
        Assert.Equal([draft.Id, added.Id], after.Verdicts.Select(v => v.Id));
        Assert.Equal("Globe", after.Article(laterArticle)!.Outlet);
        Assert.Equal(after.Verdicts.Select(v => (v.Id, v.Status)), new DeskFacts(_temp.Db).Current().Verdicts.Select(v => (v.Id, v.Status)));
    }

    public void Dispose() => _temp.Dispose();
}
