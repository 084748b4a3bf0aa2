using BenchmarkDotNet.Attributes;
using FactCheck.Cli.Demo;
using FactCheck.Core.Review;
using FactCheck.Storage;
using FactCheck.Storage.Desk;

namespace FactCheck.Benchmarks;

/// Each of the dashboard's queries on the desk `factcheck seed-demo --articles 5000 --verdicts 100000` makes,
/// with no filter and with a typical one (one outlet, the last 90 days). Target: under 300 ms each.
[MemoryDiagnoser]
public class DashboardQueryBenchmarks
{
    private DashboardQuery _query = null!;
    private DashboardFilter _filter = DashboardFilter.None;

    [Params(DemoDatabase.NoFilter, DemoDatabase.OutletLast90Days)]
    public string Filter { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _query = DemoDatabase.Open().Query;
        _filter = DemoDatabase.FilterFor(Filter);
        Console.WriteLine($"// Filter {Filter}: {_query.Summary(_filter, DemoDatabase.Now).Total:N0} verdicts match");
    }

    [Benchmark]
    public DashboardSummary Summary() => _query.Summary(_filter, DemoDatabase.Now);

    [Benchmark]
    public Breakdown ByStatus() => _query.ByStatus(_filter);

    [Benchmark]
    public Breakdown ByRating() => _query.ByRating(_filter);

    [Benchmark]
    public Breakdown ByArticle() => _query.ByArticle(_filter);

    [Benchmark]
    public Breakdown ByOutlet() => _query.ByOutlet(_filter);

    [Benchmark]
    public Breakdown BySource() => _query.BySource(_filter);

    [Benchmark]
    public Breakdown ByReviewer() => _query.ByReviewer(_filter);

    [Benchmark]
    public Timeline OverTime() => _query.OverTime(_filter);

    [Benchmark]
    public QueueSummary Queue() => _query.Queue(_filter, DemoDatabase.Now);

    [Benchmark]
    public Turnaround Turnaround() => _query.Turnaround(_filter);

    [Benchmark]
    public AgreementSummary Agreement() => _query.Agreement(_filter);

    /// A click on a bar: the verdicts rated "False".
    [Benchmark]
    public IReadOnlyList<VerdictFact> DrillRating() => _query.Drill(_filter, new DrillDown(DrillBy.Rating, "false"), DemoDatabase.Now);

    /// The costliest drill-down: both verdicts of every claim two checkers rated differently.
    [Benchmark]
    public IReadOnlyList<VerdictFact> DrillDisagreement() => _query.Drill(_filter, new DrillDown(DrillBy.Disagreement), DemoDatabase.Now);
}

/// What the dashboard and review-queue pages ask for besides the filtered numbers.
[MemoryDiagnoser]
public class DashboardPageBenchmarks
{
    private DemoDatabase.Desk _desk = null!;

    [GlobalSetup]
    public void Setup() => _desk = DemoDatabase.Open();

    /// The filter's choices: outlets, checkers, ratings on the desk.
    [Benchmark]
    public DashboardOptions Options() => _desk.Query.Options();

    /// The review queue's first page, as ReviewQueuePage loads it: counts per status, the submitted
    /// verdicts oldest first, and the full rows of the first 25.
    [Benchmark]
    public IReadOnlyList<DeskRow> ReviewQueue()
    {
        _desk.Lists.CountByStatus();
        var waiting = _desk.Lists.WithStatus(VerdictStatus.Submitted);
        return _desk.Lists.Rows(waiting.Take(25));
    }

    /// One whole dashboard request with no filter, as DashboardPage makes it: the summary, the filter's
    /// choices and the full rows of the queue preview.
    [Benchmark]
    public IReadOnlyList<DeskRow> WholeDashboard()
    {
        var summary = _desk.Query.Summary(DashboardFilter.None, DemoDatabase.Now);
        _desk.Query.Options();
        return _desk.Lists.Rows(summary.Queue.Oldest.Select(q => q.Verdict));
    }
}

/// Opening the database and reading the desk snapshot (what DeskWarmup does once at start): not a
/// per-request cost. The file is in the OS page cache, so this is a warm-disk cold start.
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class DashboardColdStartBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        DemoDatabase.Close();
        _path = DemoDatabase.Path;
    }

    [Benchmark]
    public int OpenAndLoadDesk()
    {
        using var db = FactCheckDb.OpenFile(_path);
        return new DeskFacts(db).Current().Verdicts.Count;
    }
}

/// The demo desk, seeded once per benchmark process into a temporary file by the code `factcheck seed-demo`
/// runs (DemoDesk, default seed), with a fixed clock so every run measures the same desk. Kept open across
/// benchmark classes (the cold start closes it) and deleted when the process exits.
internal static class DemoDatabase
{
    public const int Articles = 5_000;
    public const int Verdicts = 100_000;
    public const string NoFilter = "none";
    public const string OutletLast90Days = "Daily Bugle, 90 days";

    public static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    // One fixed folder, emptied before seeding, so a run that crashed leaves no second 300 MB file behind.
    private static readonly string Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factcheck-bench", "dashboard");
    private static readonly Lazy<string> Seeded = new(Seed);
    private static Desk? _open;

    public sealed record Desk(FactCheckDb Db, DeskFacts Facts, DashboardQuery Query, VerdictLists Lists);

    public static string Path => Seeded.Value;

    public static DashboardFilter FilterFor(string name) => name switch
    {
        NoFilter => DashboardFilter.None,
        OutletLast90Days => new DashboardFilter(DateOnly.FromDateTime(Now.AddDays(-90)), DateOnly.FromDateTime(Now), Outlet: "Daily Bugle"),
        _ => throw new ArgumentException($"Unknown filter {name}", nameof(name)),
    };

    /// The stores wired as EditorialServices wires them, with the snapshot already loaded (as DeskWarmup does).
    public static Desk Open()
    {
        if (_open is not null)
            return _open;
        var db = FactCheckDb.OpenFile(Path);
        var facts = new DeskFacts(db);
        facts.Current();
        return _open = new Desk(db, facts, new DashboardQuery(facts, new ScaleStore(db), new SettingsStore(db)), new VerdictLists(db, facts));
    }

    public static void Close()
    {
        _open?.Db.Dispose();
        _open = null;
    }

    private static string Seed()
    {
        var path = System.IO.Path.Combine(Folder, "factcheck.db");
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Close();
            Directory.Delete(Folder, recursive: true);
        };
        using var db = FactCheckDb.OpenFile(path);
        var result = new DemoDesk(Articles, Verdicts).WriteTo(db, new UserStore(db), Now);
        Console.WriteLine($"// Seeded {path}: {result.Articles:N0} articles, {result.Spans:N0} spans, {result.Verdicts:N0} verdicts " +
            $"({result.PairedClaims:N0} paired claims) in {result.Elapsed.TotalSeconds:N0} s");
        return path;
    }
}
