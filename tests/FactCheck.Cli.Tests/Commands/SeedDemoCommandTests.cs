using FactCheck.Cli.Demo;
using FactCheck.Core.Accounts;
using FactCheck.Core.Review;
using FactCheck.Storage;
using FactCheck.Storage.Desk;

namespace FactCheck.Cli.Tests.Commands;

public class SeedDemoCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static CliRun Seed(string database, params string[] more) =>
        CliRun.Of(["seed-demo", "--articles", "30", "--verdicts", "300", "--db", database, .. more]);

    private static IReadOnlyList<VerdictFact> VerdictsIn(string database)
    {
        using var db = FactCheckDb.OpenFile(database);
        return new DeskFacts(db).Current().Verdicts;
    }

    /// The desk as text: every article and every verdict in id order, without the times (they follow the clock).
    private static string[] DeskOf(string database)
    {
        using var db = FactCheckDb.OpenFile(database);
        var articles = new ArticleStore(db).List().OrderBy(a => a.Id).Select(a => $"{a.Id} {a.Title} | {a.Outlet} | {a.Claims} claims, {a.Quotes} quotes");
        var verdicts = new DeskFacts(db).Current().Verdicts.Select(v => $"{v.Id} {v.ArticleId}/{v.SpanId} {v.Checker} {v.RatingKey} {v.Status} {v.Reviewer}");
        return [.. articles, .. verdicts];
    }

    [Fact]
    public void Seed_SmallDesk_HasExactlyTheArticlesAndVerdictsAskedFor()
    {
        var run = Seed(_temp.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Seeded {_temp.Database}: 30 articles,", run.Output);
        Assert.Contains("300 verdicts", run.Output);
        using var db = FactCheckDb.OpenFile(_temp.Database);
        var snapshot = new DeskFacts(db).Current();
        Assert.Equal((30, 300), (snapshot.Articles.Count, snapshot.Verdicts.Count));
    }

    [Fact]
    public void Seed_SmallDesk_HasVerdictsInSeveralStatusesAndClaimsRatedByTwoCheckers()
    {
        Seed(_temp.Database);

        var verdicts = VerdictsIn(_temp.Database);

        Assert.True(verdicts.Select(v => v.Status).Distinct().Count() >= 4, string.Join(", ", verdicts.Select(v => v.Status).Distinct()));
        var paired = verdicts.GroupBy(v => v.SpanId).Where(g => g.Select(v => v.Checker).Distinct().Count() == 2).ToArray();
        Assert.NotEmpty(paired);
        Assert.All(verdicts.GroupBy(v => v.SpanId), g => Assert.InRange(g.Count(), 1, 2));
        Assert.All(verdicts.Where(v => v.Status is VerdictStatus.Approved or VerdictStatus.Published or VerdictStatus.Returned),
            v => Assert.Contains(v.Reviewer, DemoDesk.Editors));
    }

    [Fact]
    public void Seed_DemoUsers_CanSignInWithTheDemoPassword()
    {
        Seed(_temp.Database);

        using var db = FactCheckDb.OpenFile(_temp.Database);
        var users = new UserStore(db);
        var signIns = DemoDesk.Checkers.Select(n => (n, Role.FactChecker)).Concat(DemoDesk.Editors.Select(n => (n, Role.Editor)))
            .Select(u => (u.n, users.CheckPassword(u.n, DemoDesk.Password, DateTime.UtcNow)))
            .ToArray();
        Assert.All(signIns, s => Assert.Equal(SignInOutcome.Succeeded, s.Item2.Outcome));
        Assert.Equal(DemoDesk.Checkers.Select(_ => Role.FactChecker).Concat(DemoDesk.Editors.Select(_ => Role.Editor)), signIns.Select(s => s.Item2.User!.Role));
        Assert.Equal(SignInOutcome.Failed, users.CheckPassword(DemoDesk.Checkers[0], "not-the-password", DateTime.UtcNow).Outcome);
    }

    [Fact]
    public void Seed_SameSeedTwice_MakesTheSameDesk()
    {
        var first = _temp.File("first/factcheck.db");
        var second = _temp.File("second/factcheck.db");

        Assert.Equal(0, Seed(first).ExitCode);
        Assert.Equal(0, Seed(second).ExitCode);

        Assert.Equal(DeskOf(first), DeskOf(second));
    }

    [Fact]
    public void Seed_OtherSeed_MakesAnotherDesk()
    {
        var first = _temp.File("first/factcheck.db");
        var second = _temp.File("second/factcheck.db");

        Seed(first);
        Seed(second, "--seed", "7");

        Assert.NotEqual(DeskOf(first), DeskOf(second));
    }

    [Fact]
    public void Seed_DatabaseWithArticles_IsRefusedAndChangesNothing()
    {
        Seed(_temp.Database);
        var before = DeskOf(_temp.Database);
        var verdicts = VerdictsIn(_temp.Database).Count;

        var run = CliRun.Of(["seed-demo", "--articles", "5", "--verdicts", "10", "--db", _temp.Database]);

        Assert.Equal((1, $"factcheck seed-demo: {_temp.Database} already has articles; seed an empty database so the demo desk is not mixed with real work."),
            (run.ExitCode, run.Error.Trim()));
        Assert.Equal("", run.Output);
        Assert.Equal(before, DeskOf(_temp.Database));
        Assert.Equal(300, verdicts);
        using var db = FactCheckDb.OpenFile(_temp.Database);
        Assert.Equal(DemoDesk.Checkers.Length + DemoDesk.Editors.Length, new UserStore(db).List().Count);
    }

    [Theory]
    [InlineData("0", "10")]
    [InlineData("-3", "10")]
    [InlineData("5", "-1")]
    public void Seed_BadSizes_SaysWhatIsAllowedAndExitsWith2(string articles, string verdicts)
    {
        var run = CliRun.Of(["seed-demo", "--articles", articles, "--verdicts", verdicts, "--db", _temp.Database]);

        Assert.Equal((2, "factcheck seed-demo: --articles must be at least 1 and --verdicts at least 0."), (run.ExitCode, run.Error.Trim()));
        Assert.False(File.Exists(_temp.Database));
    }

    public void Dispose() => _temp.Dispose();
}
