using FactCheck.Core.Review;
using FactCheck.Storage.Desk;

namespace FactCheck.Storage.Tests.Desk;

public class VerdictListsTests : IDisposable
{
    private static readonly DateTime Day = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _temp = new();
    private readonly DeskBuilder _desk;

    public VerdictListsTests() => _desk = new DeskBuilder(_temp);

    private VerdictLists Lists => new(_temp.Db, new DeskFacts(_temp.Db));

    [Fact]
    public void WithStatus_Submitted_LongestWaitingFirst()
    {
        var (_, spans) = _desk.Article("Budget", null, Day, claims: 3);
        var newest = _desk.Verdict(spans[0], "casey", "true", VerdictStatus.Submitted, Day.AddDays(2));
        var oldest = _desk.Verdict(spans[1], "robin", "false", VerdictStatus.Submitted, Day);
        _desk.Verdict(spans[2], "sam", "false", VerdictStatus.Draft, Day);

        Assert.Equal([oldest.Id, newest.Id], Lists.WithStatus(VerdictStatus.Submitted).Select(v => v.Id));
    }

    [Fact]
    public void ForChecker_Returned_OnlyTheirReturnedVerdicts()
    {
        var (_, spans) = _desk.Article("Budget", null, Day, claims: 3);
        var returned = _desk.Verdict(spans[0], "casey", "true", VerdictStatus.Returned, Day);
        _desk.Verdict(spans[1], "casey", "false", VerdictStatus.Submitted, Day);
        _desk.Verdict(spans[2], "robin", "false", VerdictStatus.Returned, Day);

        Assert.Equal([returned.Id], Lists.ForChecker("CASEY", VerdictStatus.Returned).Select(v => v.Id));
        Assert.Equal(2, Lists.ForChecker("casey").Count);
        Assert.Equal(1, Lists.CountForChecker("casey")[VerdictStatus.Submitted]);
    }

    [Fact]
    public void Rows_APage_HasTheVerdictItsArticleAndSpan()
    {
        var (articleId, spans) = _desk.Article("Budget", "Globe", Day);
        var returned = _desk.Verdict(spans[1], "casey", "true", VerdictStatus.Returned, Day);
        var lists = Lists;

        var row = Assert.Single(lists.Rows(lists.ForChecker("casey")));

        Assert.Equal(("Add a source.", "Budget", spans[1]), (row.Verdict.EditorComment, row.Article!.Title, row.Span!.Id));
        Assert.Equal(returned.Id, row.Verdict.Id);
        Assert.Equal(articleId, row.Article.Id);
    }

    public void Dispose() => _temp.Dispose();
}
