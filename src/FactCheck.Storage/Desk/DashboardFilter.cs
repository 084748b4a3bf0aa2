namespace FactCheck.Storage.Desk;

/// What the dashboard counts: verdicts first rated in a date range (UTC days, both ends included), for one
/// outlet, by one checker, with one rating. Empty parts do not filter.
public sealed record DashboardFilter(DateOnly? From = null, DateOnly? To = null, string? Outlet = null, string? Reviewer = null, string? Rating = null)
{
    /// The outlet key of articles that name no outlet.
    public const string NoOutlet = "(none)";

    public static DashboardFilter None { get; } = new();

    public bool IsEmpty => this == None;

    internal bool InRange(VerdictFact verdict)
    {
        var day = DateOnly.FromDateTime(verdict.CreatedAt);
        return (From is null || day >= From) && (To is null || day <= To);
    }

    internal bool Matches(VerdictFact verdict, ArticleFact? article, bool ignoreDates = false, bool ignoreRating = false, bool ignoreReviewer = false) =>
        (ignoreDates || InRange(verdict))
        && (Outlet is null || string.Equals(OutletKey(article), Outlet, StringComparison.OrdinalIgnoreCase))
        && (ignoreReviewer || Reviewer is null || string.Equals(verdict.Checker, Reviewer, StringComparison.OrdinalIgnoreCase))
        && (ignoreRating || Rating is null || verdict.RatingKey == Rating);

    internal static string OutletKey(ArticleFact? article) => string.IsNullOrWhiteSpace(article?.Outlet) ? NoOutlet : article.Outlet;
}
