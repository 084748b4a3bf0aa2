using FactCheck.Core.Agreement;
using FactCheck.Core.Review;

namespace FactCheck.Storage.Desk;

/// The editor dashboard's numbers, each computed from the desk snapshot for a filter, and the verdicts
/// behind each of them (<see cref="Drill"/>).
public sealed class DashboardQuery(DeskFacts facts, ScaleStore scales, SettingsStore settings)
{
    public const int TopRows = 10;
    public const int QueuePreview = 8;

    private static readonly (VerdictStatus Status, string Color)[] StatusColors =
    [
        (VerdictStatus.Draft, "#9e9e9e"),
        (VerdictStatus.Submitted, "#1e88e5"),
        (VerdictStatus.Returned, "#fb8c00"),
        (VerdictStatus.Approved, "#43a047"),
        (VerdictStatus.Published, "#1f4e79"),
    ];

    public DashboardSummary Summary(DashboardFilter filter, DateTime now)
    {
        var snapshot = facts.Current();
        var matching = Matching(snapshot, filter);
        var catalogue = Catalogue();
        return new DashboardSummary(
            matching.Count,
            ByStatus(matching),
            ByRating(matching, catalogue),
            ByArticle(snapshot, matching),
            ByOutlet(snapshot, matching),
            BySource(snapshot, matching),
            ByReviewer(matching),
            OverTime(filter, matching),
            Queue(snapshot, filter, now),
            Turnaround(snapshot, matching),
            Agreement(snapshot, filter, catalogue));
    }

    public Breakdown ByStatus(DashboardFilter filter) => ByStatus(Matching(facts.Current(), filter));

    public Breakdown ByRating(DashboardFilter filter) => ByRating(Matching(facts.Current(), filter), Catalogue());

    public Breakdown ByArticle(DashboardFilter filter)
    {
        var snapshot = facts.Current();
        return ByArticle(snapshot, Matching(snapshot, filter));
    }

    public Breakdown ByOutlet(DashboardFilter filter)
    {
        var snapshot = facts.Current();
        return ByOutlet(snapshot, Matching(snapshot, filter));
    }

    public Breakdown BySource(DashboardFilter filter)
    {
        var snapshot = facts.Current();
        return BySource(snapshot, Matching(snapshot, filter));
    }

    public Breakdown ByReviewer(DashboardFilter filter) => ByReviewer(Matching(facts.Current(), filter));

    public Timeline OverTime(DashboardFilter filter) => OverTime(filter, Matching(facts.Current(), filter));

    public QueueSummary Queue(DashboardFilter filter, DateTime now) => Queue(facts.Current(), filter, now);

    public Turnaround Turnaround(DashboardFilter filter)
    {
        var snapshot = facts.Current();
        return Turnaround(snapshot, Matching(snapshot, filter));
    }

    public AgreementSummary Agreement(DashboardFilter filter) => Agreement(facts.Current(), filter, Catalogue());

    /// The values the filter can take: outlets, checkers and ratings that occur on the desk.
    public DashboardOptions Options()
    {
        var snapshot = facts.Current();
        var catalogue = Catalogue();
        return new DashboardOptions(
            snapshot.Articles.Values.Select(a => DashboardFilter.OutletKey(a)).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToArray(),
            snapshot.Verdicts.Select(v => v.Checker).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToArray(),
            snapshot.Verdicts.Select(v => v.RatingKey).Distinct().OrderBy(catalogue.Order).Select(k => new CountRow(k, catalogue.Label(k), 0, catalogue.Color(k))).ToArray());
    }

    /// The verdicts behind one of the dashboard's numbers, in the order that suits it.
    public IReadOnlyList<VerdictFact> Drill(DashboardFilter filter, DrillDown drill, DateTime now)
    {
        var snapshot = facts.Current();
        switch (drill.By)
        {
            case DrillBy.Queue or DrillBy.Overdue:
                var due = TimeSpan.FromHours(settings.Get().ReviewDueHours);
                return Waiting(snapshot, filter)
                    .Where(v => drill.By == DrillBy.Queue || now - v.SubmittedAt!.Value > due)
                    .ToArray();
            case DrillBy.Turnaround:
                return Matching(snapshot, filter)
                    .Where(v => v.IsHandedIn && v.SubmittedAt is not null)
                    .OrderByDescending(v => v.SubmittedAt!.Value - snapshot.Article(v.ArticleId)!.ImportedAt)
                    .ToArray();
            case DrillBy.Agreement or DrillBy.Disagreement:
                var units = PairedUnits(snapshot, filter, Catalogue());
                var pair = drill.Key?.Split('|');
                return units
                    .Where(u => drill.By == DrillBy.Agreement || u.Ratings.Select(r => r.Rank).Distinct().Count() > 1)
                    .Where(u => pair is not { Length: 2 } || (u.Has(pair[0]) && u.Has(pair[1])))
                    .SelectMany(u => u.Ratings.Where(r => pair is not { Length: 2 } || r.Verdict.Checker == pair[0] || r.Verdict.Checker == pair[1]).Select(r => r.Verdict))
                    .ToArray();
        }
        var period = drill.By == DrillBy.Period ? ParsePeriod(drill.Key) : default;
        return Matching(snapshot, filter)
            .Where(v => drill.By switch
            {
                DrillBy.Status => v.Status.ToString() == drill.Key,
                DrillBy.Rating => v.RatingKey == drill.Key,
                DrillBy.Article => v.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture) == drill.Key,
                DrillBy.Outlet => DashboardFilter.OutletKey(snapshot.Article(v.ArticleId)) == drill.Key,
                DrillBy.Source => snapshot.SourcesOf(v.SpanId).Contains(drill.Key),
                DrillBy.Reviewer => v.Checker == drill.Key,
                DrillBy.Period => DateOnly.FromDateTime(v.CreatedAt) >= period.Start && DateOnly.FromDateTime(v.CreatedAt) < period.End,
                _ => true,
            })
            .OrderByDescending(v => v.CreatedAt)
            .ToArray();
    }

    private RatingCatalogue Catalogue() => new(scales.List());

    private static List<VerdictFact> Matching(DeskSnapshot snapshot, DashboardFilter filter)
    {
        var result = new List<VerdictFact>(filter.IsEmpty ? snapshot.Verdicts.Count : 1024);
        foreach (var verdict in snapshot.Verdicts)
        {
            if (filter.IsEmpty || filter.Matches(verdict, snapshot.Article(verdict.ArticleId)))
                result.Add(verdict);
        }
        return result;
    }

    private static Breakdown ByStatus(List<VerdictFact> verdicts)
    {
        var counts = new int[StatusColors.Length];
        foreach (var verdict in verdicts)
            counts[(int)verdict.Status]++;
        var rows = StatusColors.Select(s => new CountRow(s.Status.ToString(), s.Status.ToString(), counts[(int)s.Status], s.Color)).ToArray();
        return new Breakdown(rows, verdicts.Count);
    }

    private static Breakdown ByRating(List<VerdictFact> verdicts, RatingCatalogue catalogue)
    {
        var rows = CountBy(verdicts, v => v.RatingKey)
            .Select(g => new CountRow(g.Key, catalogue.Label(g.Key), g.Value, catalogue.Color(g.Key)))
            .OrderBy(r => catalogue.Order(r.Key))
            .ToArray();
        return new Breakdown(rows, verdicts.Count);
    }

    private static Breakdown ByArticle(DeskSnapshot snapshot, List<VerdictFact> verdicts) =>
        Top(CountBy(verdicts, v => v.ArticleId), id => id.ToString(System.Globalization.CultureInfo.InvariantCulture), id => snapshot.Article(id)?.Title ?? $"Article {id}", verdicts.Count);

    private static Breakdown ByOutlet(DeskSnapshot snapshot, List<VerdictFact> verdicts) =>
        Top(CountBy(verdicts, v => DashboardFilter.OutletKey(snapshot.Article(v.ArticleId))), k => k, k => k == DashboardFilter.NoOutlet ? "No outlet" : k, verdicts.Count);

    private static Breakdown BySource(DeskSnapshot snapshot, List<VerdictFact> verdicts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var verdict in verdicts)
        {
            foreach (var source in snapshot.SourcesOf(verdict.SpanId))
                counts[source] = counts.GetValueOrDefault(source) + 1;
        }
        return Top(counts, k => k, k => k, verdicts.Count);
    }

    private static Breakdown ByReviewer(List<VerdictFact> verdicts) =>
        Top(CountBy(verdicts, v => v.Checker), k => k, k => k, verdicts.Count, int.MaxValue);

    private static Timeline OverTime(DashboardFilter filter, List<VerdictFact> verdicts)
    {
        if (verdicts.Count == 0 && (filter.From is null || filter.To is null))
            return new Timeline(false, []);
        var first = filter.From ?? DateOnly.FromDateTime(verdicts.Min(v => v.CreatedAt));
        var last = filter.To ?? DateOnly.FromDateTime(verdicts.Max(v => v.CreatedAt));
        var monthly = last.DayNumber - first.DayNumber > 120;
        DateOnly Bucket(DateOnly day) => monthly
            ? new DateOnly(day.Year, day.Month, 1)
            : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        DateOnly Next(DateOnly start) => monthly ? start.AddMonths(1) : start.AddDays(7);

        var rated = new Dictionary<DateOnly, int>();
        var published = new Dictionary<DateOnly, int>();
        foreach (var verdict in verdicts)
        {
            var bucket = Bucket(DateOnly.FromDateTime(verdict.CreatedAt));
            rated[bucket] = rated.GetValueOrDefault(bucket) + 1;
            if (verdict.PublishedAt is { } at && DateOnly.FromDateTime(at) is var day && day >= first && day <= last)
                published[Bucket(day)] = published.GetValueOrDefault(Bucket(day)) + 1;
        }
        var buckets = new List<TimeBucket>();
        for (var start = Bucket(first); start <= last; start = Next(start))
            buckets.Add(new TimeBucket(start, Next(start), rated.GetValueOrDefault(start), published.GetValueOrDefault(start)));
        return new Timeline(monthly, buckets);
    }

    private QueueSummary Queue(DeskSnapshot snapshot, DashboardFilter filter, DateTime now)
    {
        var dueHours = settings.Get().ReviewDueHours;
        var due = TimeSpan.FromHours(dueHours);
        var waiting = Waiting(snapshot, filter);
        var overdue = waiting.Count(v => now - v.SubmittedAt!.Value > due);
        var oldest = waiting.Take(QueuePreview)
            .Select(v => new QueueItem(v, snapshot.Article(v.ArticleId)?.Title ?? "", now - v.SubmittedAt!.Value, now - v.SubmittedAt!.Value > due))
            .ToArray();
        return new QueueSummary(waiting.Count, overdue, dueHours, oldest);
    }

    // The queue is what waits now, so the date range does not hide old submissions.
    private static List<VerdictFact> Waiting(DeskSnapshot snapshot, DashboardFilter filter) =>
        snapshot.Verdicts
            .Where(v => v.Status == VerdictStatus.Submitted && v.SubmittedAt is not null && filter.Matches(v, snapshot.Article(v.ArticleId), ignoreDates: true))
            .OrderBy(v => v.SubmittedAt)
            .ToList();

    private static Turnaround Turnaround(DeskSnapshot snapshot, List<VerdictFact> verdicts)
    {
        var handedIn = new List<TimeSpan>();
        var published = new List<TimeSpan>();
        foreach (var verdict in verdicts)
        {
            if (!verdict.IsHandedIn || snapshot.Article(verdict.ArticleId) is not { } article)
                continue;
            if (verdict.SubmittedAt is { } submitted)
                handedIn.Add(Positive(submitted - article.ImportedAt));
            if (verdict.PublishedAt is { } at)
                published.Add(Positive(at - article.ImportedAt));
        }
        handedIn.Sort();
        published.Sort();
        return new Turnaround(handedIn.Count, Percentile(handedIn, 0.5), Percentile(handedIn, 0.9), published.Count, Percentile(published, 0.5));
    }

    private static AgreementSummary Agreement(DeskSnapshot snapshot, DashboardFilter filter, RatingCatalogue catalogue)
    {
        var units = PairedUnits(snapshot, filter, catalogue);
        var desk = KrippendorffAlpha.Compute(units.Select(u => u.Values), AlphaMetric.Ordinal);
        var pairs = new Dictionary<(string, string), List<IReadOnlyList<double>>>();
        foreach (var unit in units)
        {
            for (var i = 0; i < unit.Ratings.Count; i++)
            {
                for (var j = i + 1; j < unit.Ratings.Count; j++)
                {
                    var (a, b) = (unit.Ratings[i], unit.Ratings[j]);
                    var key = string.CompareOrdinal(a.Verdict.Checker, b.Verdict.Checker) < 0 ? (a.Verdict.Checker, b.Verdict.Checker) : (b.Verdict.Checker, a.Verdict.Checker);
                    if (!pairs.TryGetValue(key, out var list))
                        pairs[key] = list = [];
                    list.Add([a.Rank, b.Rank]);
                }
            }
        }
        var byPair = pairs
            .Select(p => new PairAgreement(p.Key.Item1, p.Key.Item2, KrippendorffAlpha.Compute(p.Value, AlphaMetric.Ordinal), p.Value.Count(u => u[0] != u[1])))
            .OrderByDescending(p => p.Alpha.Units)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToArray();
        return new AgreementSummary(desk, units.Count(u => u.Values.Distinct().Count() > 1), byPair);
    }

    /// Claims that two or more checkers rated on the ordered part of the article's scale, with a handed-in verdict
    /// each. Drafts and returned verdicts are still being worked on, so they do not count as a checker's rating.
    private static List<PairedUnit> PairedUnits(DeskSnapshot snapshot, DashboardFilter filter, RatingCatalogue catalogue)
    {
        var bySpan = new Dictionary<int, List<(VerdictFact Verdict, double Rank)>>();
        foreach (var verdict in snapshot.Verdicts)
        {
            if (!verdict.IsHandedIn || snapshot.Article(verdict.ArticleId) is not { } article
                || !filter.Matches(verdict, article, ignoreRating: true, ignoreReviewer: true)
                || catalogue.Rank(article.ScaleId, verdict.RatingKey) is not { } rank)
                continue;
            if (!bySpan.TryGetValue(verdict.SpanId, out var list))
                bySpan[verdict.SpanId] = list = [];
            if (!list.Exists(r => r.Verdict.Checker == verdict.Checker))
                list.Add((verdict, rank));
        }
        return bySpan
            .Where(s => s.Value.Count >= 2 && (filter.Reviewer is null || s.Value.Exists(r => string.Equals(r.Verdict.Checker, filter.Reviewer, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(s => s.Key)
            .Select(s => new PairedUnit(s.Key, s.Value))
            .ToList();
    }

    private static Dictionary<TKey, int> CountBy<TKey>(List<VerdictFact> verdicts, Func<VerdictFact, TKey> key)
        where TKey : notnull
    {
        var counts = new Dictionary<TKey, int>();
        foreach (var verdict in verdicts)
        {
            var k = key(verdict);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }
        return counts;
    }

    private static Breakdown Top<TKey>(Dictionary<TKey, int> counts, Func<TKey, string> key, Func<TKey, string> label, int total, int take = TopRows)
        where TKey : notnull
    {
        var rows = counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => label(c.Key), StringComparer.OrdinalIgnoreCase)
            .Take(take)
            .Select(c => new CountRow(key(c.Key), label(c.Key), c.Value))
            .ToArray();
        return new Breakdown(rows, total, Math.Max(0, counts.Count - rows.Length));
    }

    private static (DateOnly Start, DateOnly End) ParsePeriod(string? key)
    {
        var parts = key?.Split("..") ?? [];
        return parts.Length == 2 && DateOnly.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var start)
            && DateOnly.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var end)
            ? (start, end)
            : (DateOnly.MinValue, DateOnly.MinValue);
    }

    private static TimeSpan Positive(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;

    private static TimeSpan? Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private sealed record PairedUnit(int SpanId, List<(VerdictFact Verdict, double Rank)> Ratings)
    {
        public IReadOnlyList<double> Values => Ratings.Select(r => r.Rank).ToArray();

        public bool Has(string checker) => Ratings.Exists(r => r.Verdict.Checker == checker);
    }
}
