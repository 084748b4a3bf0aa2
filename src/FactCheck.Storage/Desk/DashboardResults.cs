using FactCheck.Core.Agreement;

namespace FactCheck.Storage.Desk;

/// One bar or slice: what was counted (<paramref name="Key"/> drills down), its label and colour.
public sealed record CountRow(string Key, string Label, int Count, string? Color = null);

/// Counts by one dimension, largest or in scale order, and how many rows were left off.
public sealed record Breakdown(IReadOnlyList<CountRow> Rows, int Total, int RowsLeftOff = 0);

/// Verdicts first rated, and verdicts published, in one week or month.
public sealed record TimeBucket(DateOnly Start, DateOnly End, int Rated, int Published)
{
    public string Key => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}

public sealed record Timeline(bool Monthly, IReadOnlyList<TimeBucket> Buckets);

public sealed record QueueItem(VerdictFact Verdict, string ArticleTitle, TimeSpan Waiting, bool IsOverdue);

public sealed record QueueSummary(int Waiting, int Overdue, int DueHours, IReadOnlyList<QueueItem> Oldest);

/// Time from an article's import to its verdicts being handed in and published.
public sealed record Turnaround(int HandedIn, TimeSpan? Median, TimeSpan? Percentile90, int Published, TimeSpan? MedianToPublish);

/// Agreement of two checkers over the claims both rated.
public sealed record PairAgreement(string CheckerA, string CheckerB, AlphaResult Alpha, int Disagreements)
{
    public string Key => $"{CheckerA}|{CheckerB}";
}

/// Ordinal Krippendorff's alpha over claims rated by two or more checkers, for the desk and per pair.
public sealed record AgreementSummary(AlphaResult Desk, int Disagreements, IReadOnlyList<PairAgreement> Pairs);

/// Everything the dashboard shows, for one filter.
public sealed record DashboardSummary(
    int Total,
    Breakdown ByStatus,
    Breakdown ByRating,
    Breakdown ByArticle,
    Breakdown ByOutlet,
    Breakdown BySource,
    Breakdown ByReviewer,
    Timeline OverTime,
    QueueSummary Queue,
    Turnaround Turnaround,
    AgreementSummary Agreement);

/// What the dashboard's filter can choose from.
public sealed record DashboardOptions(IReadOnlyList<string> Outlets, IReadOnlyList<string> Reviewers, IReadOnlyList<CountRow> Ratings);
