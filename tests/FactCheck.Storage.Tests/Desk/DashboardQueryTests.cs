using FactCheck.Core.Agreement;
using FactCheck.Core.Review;
using FactCheck.Storage.Desk;

namespace FactCheck.Storage.Tests.Desk;

public class DashboardQueryTests : IDisposable
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _temp = new();
    private readonly DeskBuilder _desk;

    public DashboardQueryTests() => _desk = new DeskBuilder(_temp);

    private DashboardQuery Query => new(new DeskFacts(_temp.Db), new ScaleStore(_temp.Db), _temp.Settings);

    /// Two outlets, three checkers, every status, over two weeks.
    private (int Bugle, int Globe, int[] BugleSpans, int[] GlobeSpans) Arrange()
    {
        var (bugle, bugleSpans) = _desk.Article("Budget", "Daily Bugle", Monday.AddDays(-1), claims: 4, source: "Treasury");
        var (globe, globeSpans) = _desk.Article("Crime", "Globe", Monday.AddDays(-1), claims: 2);
        _desk.Verdict(bugleSpans[0], "casey", "false", VerdictStatus.Published, Monday);
        _desk.Verdict(bugleSpans[1], "casey", "true", VerdictStatus.Approved, Monday.AddDays(1));
        _desk.Verdict(bugleSpans[2], "robin", "half-true", VerdictStatus.Submitted, Monday.AddDays(2));
        _desk.Verdict(bugleSpans[3], "robin", "false", VerdictStatus.Returned, Monday.AddDays(7));
        _desk.Verdict(globeSpans[0], "sam", "mostly-true", VerdictStatus.Draft, Monday.AddDays(8));
        _desk.Verdict(globeSpans[1], "sam", "unverifiable", VerdictStatus.Submitted, Monday.AddDays(9));
        return (bugle, globe, bugleSpans, globeSpans);
    }

    [Fact]
    public void ByStatus_EveryStatus_CountsEachInWorkflowOrder()
    {
        Arrange();

        var breakdown = Query.ByStatus(DashboardFilter.None);

        Assert.Equal([("Draft", 1), ("Submitted", 2), ("Returned", 1), ("Approved", 1), ("Published", 1)], breakdown.Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal(6, breakdown.Total);
    }

    [Fact]
    public void ByRating_MixedRatings_InScaleOrderWithLabelsAndColours()
    {
        Arrange();

        var rows = Query.ByRating(DashboardFilter.None).Rows;

        Assert.Equal([("true", "True", 1), ("mostly-true", "Mostly true", 1), ("half-true", "Half true", 1), ("false", "False", 2), ("unverifiable", "Unverifiable", 1)],
            rows.Select(r => (r.Key, r.Label, r.Count)));
        Assert.Equal("#c62828", rows.Single(r => r.Key == "false").Color);
    }

    [Fact]
    public void ByOutletArticleSourceReviewer_CountTheirVerdicts()
    {
        var (bugle, _, _, _) = Arrange();

        Assert.Equal([("Daily Bugle", 4), ("Globe", 2)], Query.ByOutlet(DashboardFilter.None).Rows.Select(r => (r.Label, r.Count)));
        Assert.Equal((bugle.ToString(), "Budget", 4), Query.ByArticle(DashboardFilter.None).Rows.Select(r => (r.Key, r.Label, r.Count)).First());
        Assert.Equal([("Treasury", 1)], Query.BySource(DashboardFilter.None).Rows.Select(r => (r.Key, r.Count)));
        Assert.Equal([("casey", 2), ("robin", 2), ("sam", 2)], Query.ByReviewer(DashboardFilter.None).Rows.Select(r => (r.Key, r.Count)));
    }

    [Theory]
    [InlineData(null, null, "Globe", null, null, 2)]
    [InlineData(null, null, null, "robin", null, 2)]
    [InlineData(null, null, null, null, "false", 2)]
    [InlineData("2026-03-03", "2026-03-09", null, null, null, 3)]
    [InlineData("2026-03-09", null, "daily bugle", "robin", "false", 1)]
    public void Summary_Filter_CountsOnlyMatchingVerdicts(string? from, string? to, string? outlet, string? reviewer, string? rating, int expected)
    {
        Arrange();
        var filter = new DashboardFilter(from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to), outlet, reviewer, rating);

        var summary = Query.Summary(filter, Monday.AddDays(10));

        Assert.Equal(expected, summary.Total);
        Assert.Equal(expected, summary.ByStatus.Rows.Sum(r => r.Count));
    }

    [Fact]
    public void OverTime_TwoWeeks_WeeklyBucketsFromMonday()
    {
        Arrange();

        var timeline = Query.OverTime(DashboardFilter.None);

        Assert.False(timeline.Monthly);
        Assert.Equal([(new DateOnly(2026, 3, 2), 3, 1), (new DateOnly(2026, 3, 9), 3, 0)], timeline.Buckets.Select(b => (b.Start, b.Rated, b.Published)));
    }

    [Fact]
    public void OverTime_LongerThanFourMonths_MonthlyBuckets()
    {
        var (_, spans) = _desk.Article("Old", null, Monday.AddMonths(-6));
        _desk.Verdict(spans[0], "casey", "true", VerdictStatus.Draft, Monday.AddMonths(-6));
        _desk.Verdict(spans[1], "casey", "true", VerdictStatus.Draft, Monday);

        var timeline = Query.OverTime(DashboardFilter.None);

        Assert.True(timeline.Monthly);
        Assert.Equal(7, timeline.Buckets.Count);
        Assert.Equal(new DateOnly(2025, 9, 1), timeline.Buckets[0].Start);
    }

    [Fact]
    public void Queue_SubmittedVerdicts_OldestFirstWithOverdueMarked()
    {
        Arrange();

        // robin's was submitted on day 2 at 10:00, sam's on day 9; 48 hours allowed.
        var queue = Query.Queue(DashboardFilter.None, Monday.AddDays(10));

        Assert.Equal((2, 1, 48), (queue.Waiting, queue.Overdue, queue.DueHours));
        Assert.Equal([("robin", true), ("sam", false)], queue.Oldest.Select(q => (q.Verdict.Checker, q.IsOverdue)));
        Assert.Equal("Budget", queue.Oldest[0].ArticleTitle);
    }

    [Fact]
    public void Turnaround_HandedInVerdicts_MedianFromImport()
    {
        Arrange();

        var turnaround = Query.Turnaround(DashboardFilter.None);

        // Handed in 1, 2, 3 and 10 days after import, each plus the hour to submit.
        Assert.Equal(4, turnaround.HandedIn);
        Assert.Equal(TimeSpan.FromDays(2) + TimeSpan.FromHours(1), turnaround.Median);
        Assert.Equal(TimeSpan.FromDays(10) + TimeSpan.FromHours(1), turnaround.Percentile90);
        Assert.Equal((1, TimeSpan.FromDays(1) + TimeSpan.FromHours(3)), (turnaround.Published, turnaround.MedianToPublish));
    }

    [Fact]
    public void Agreement_BlindPairs_OrdinalAlphaOverScaleRanksForTheDeskAndEachPair()
    {
        _desk.Blind();
        var (_, spans) = _desk.Article("Paired", "Globe", Monday, claims: 5);
        // casey and robin: agree, agree, one step apart; casey and sam: far apart. Unverifiable and drafts do not count.
        Rate(spans[0], ("casey", "true"), ("robin", "true"));
        Rate(spans[1], ("casey", "false"), ("robin", "false"));
        Rate(spans[2], ("casey", "half-true"), ("robin", "mostly-false"));
        Rate(spans[3], ("casey", "true"), ("sam", "pants-on-fire"));
        Rate(spans[4], ("casey", "unverifiable"), ("robin", "false"));
        _desk.Verdict(spans[4], "sam", "false", VerdictStatus.Draft, Monday);

        var agreement = Query.Agreement(DashboardFilter.None);

        // Ranks on the truth scale: true 0, mostly-true 1, half-true 2, mostly-false 3, false 4, pants-on-fire 5.
        var expected = KrippendorffAlpha.Compute([[0, 0], [4, 4], [2, 3], [0, 5]], AlphaMetric.Ordinal);
        Assert.Equal(expected, agreement.Desk);
        Assert.Equal((4, 2), (agreement.Desk.Units, agreement.Disagreements));
        Assert.Equal([("casey", "robin", 3, 1), ("casey", "sam", 1, 1)],
            agreement.Pairs.Select(p => (p.CheckerA, p.CheckerB, p.Alpha.Units, p.Disagreements)));
        Assert.Equal(KrippendorffAlpha.Compute([[0, 0], [4, 4], [2, 3]], AlphaMetric.Ordinal).Alpha, agreement.Pairs[0].Alpha.Alpha);
    }

    [Fact]
    public void Agreement_ReviewerFilter_KeepsClaimsThatReviewerRated()
    {
        _desk.Blind();
        var (_, spans) = _desk.Article("Paired", null, Monday, claims: 2);
        Rate(spans[0], ("casey", "true"), ("robin", "false"));
        Rate(spans[1], ("robin", "true"), ("sam", "true"));

        var agreement = Query.Agreement(new DashboardFilter(Reviewer: "sam"));

        Assert.Equal(1, agreement.Desk.Units);
        Assert.Equal("robin|sam", Assert.Single(agreement.Pairs).Key);
    }

    [Fact]
    public void Drill_EveryBreakdownRow_OpensExactlyItsCount()
    {
        _desk.Blind();
        Arrange();
        var query = Query;
        var now = Monday.AddDays(10);
        var summary = query.Summary(DashboardFilter.None, now);

        foreach (var (by, breakdown) in new[] { (DrillBy.Status, summary.ByStatus), (DrillBy.Rating, summary.ByRating), (DrillBy.Article, summary.ByArticle),
                     (DrillBy.Outlet, summary.ByOutlet), (DrillBy.Source, summary.BySource), (DrillBy.Reviewer, summary.ByReviewer) })
        {
            foreach (var row in breakdown.Rows)
                Assert.Equal(row.Count, query.Drill(DashboardFilter.None, new DrillDown(by, row.Key), now).Count);
        }
        foreach (var bucket in summary.OverTime.Buckets)
            Assert.Equal(bucket.Rated, query.Drill(DashboardFilter.None, new DrillDown(DrillBy.Period, bucket.Key), now).Count);
        Assert.Equal(summary.Total, query.Drill(DashboardFilter.None, DrillDown.All, now).Count);
        Assert.Equal(summary.Queue.Waiting, query.Drill(DashboardFilter.None, new DrillDown(DrillBy.Queue), now).Count);
        Assert.Equal(summary.Queue.Overdue, query.Drill(DashboardFilter.None, new DrillDown(DrillBy.Overdue), now).Count);
        Assert.Equal(summary.Turnaround.HandedIn, query.Drill(DashboardFilter.None, new DrillDown(DrillBy.Turnaround), now).Count);
    }

    [Fact]
    public void Drill_Disagreement_BothVerdictsOfEachDisagreeingClaim()
    {
        _desk.Blind();
        var (_, spans) = _desk.Article("Paired", null, Monday, claims: 2);
        Rate(spans[0], ("casey", "true"), ("robin", "false"));
        Rate(spans[1], ("casey", "true"), ("robin", "true"));

        var drilled = Query.Drill(DashboardFilter.None, new DrillDown(DrillBy.Disagreement, "casey|robin"), Monday);

        Assert.Equal([(spans[0], "casey"), (spans[0], "robin")], drilled.Select(v => (v.SpanId, v.Checker)));
        Assert.Equal(4, Query.Drill(DashboardFilter.None, new DrillDown(DrillBy.Agreement), Monday).Count);
    }

    [Fact]
    public void Summary_EmptyDesk_AllZeroAndAgreementUndefined()
    {
        var summary = Query.Summary(DashboardFilter.None, Monday);

        Assert.Equal(0, summary.Total);
        Assert.Empty(summary.OverTime.Buckets);
        Assert.False(summary.Agreement.Desk.IsDefined);
        Assert.Null(summary.Turnaround.Median);
    }

    private void Rate(int spanId, params (string Checker, string Rating)[] ratings)
    {
        foreach (var (checker, rating) in ratings)
            _desk.Verdict(spanId, checker, rating, VerdictStatus.Submitted, Monday);
    }

    public void Dispose() => _temp.Dispose();
}
