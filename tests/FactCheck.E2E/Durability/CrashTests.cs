using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.E2E.Http;
using FactCheck.Storage;

namespace FactCheck.E2E.Durability;

/// The crash test: the real app in its own process takes a stream of verdict saves through the API and
/// is killed with SIGKILL at a random moment (seeded, so a failure can be replayed), several times over
/// on the same database. After each restart every save it acknowledged must be there; at the end the
/// file must open and hold each acknowledged save in its verdict and its audit entry.
[Collection(DurabilityCollection.Name)]
public class CrashTests
{
    private const int Seed = 20261125;
    private const int Rounds = 4;
    private const int Streams = 3;
    private const int SigKillExitCode = 128 + 9;

    [Fact]
    public async Task KillDuringVerdictSaves_EveryAcknowledgedSaveSurvivesAndTheFileOpens()
    {
        var random = new Random(Seed);
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-crash", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "factcheck.db");
        var acknowledged = new List<VerdictStream.Save>();
        var versions = new ConcurrentDictionary<int, int>();
        var report = new List<string>();
        int[] spans = [];
        try
        {
            for (var round = 1; round <= Rounds; round++)
            {
                await using var app = await AppProcess.StartAsync(database);
                if (round == 1)
                    spans = await SpanIdsAsync(app.BaseUrl);
                else
                    await AssertAcknowledgedSavesServedAsync(app.BaseUrl, acknowledged, round);

                using var stop = new CancellationTokenSource();
                var streams = Enumerable.Range(0, Streams)
                    .Select(s => new VerdictStream(app.BaseUrl, $"round {round} stream {s}", spans.Where((_, i) => i % Streams == s).ToArray(), versions))
                    .ToArray();
                await Task.WhenAll(streams.Select(s => s.SignInAsync()));
                var running = streams.Select(s => Task.Run(() => s.RunAsync(stop.Token), TestContext.Current.CancellationToken)).ToArray();
                // Kill at a random moment once every stream is saving (a loaded machine may take seconds to get there).
                var started = DateTime.UtcNow;
                while (streams.Any(s => s.Acknowledged.IsEmpty) && running.All(r => !r.IsCompleted) && DateTime.UtcNow - started < TimeSpan.FromSeconds(60))
                    await Task.Delay(20, TestContext.Current.CancellationToken);
                var killAfter = TimeSpan.FromMilliseconds(random.Next(0, 1500));
                await Task.Delay(killAfter, TestContext.Current.CancellationToken);
                var exitCode = await app.KillAsync();
                try
                {
                    await Task.WhenAll(running);
                }
                catch (InvalidOperationException e)
                {
                    Assert.Fail(e.Message + "\nThe app said:\n" + app.Output);
                }

                foreach (var stream in streams)
                    stream.Dispose();
                Assert.Equal(SigKillExitCode, exitCode);
                var acked = streams.Sum(s => s.Acknowledged.Count);
                acknowledged.AddRange(streams.SelectMany(s => s.Acknowledged));
                report.Add($"round {round}: killed {killAfter.TotalMilliseconds:0} ms after every stream had a save acknowledged, {streams.Sum(s => s.Sent)} saves sent, {acked} acknowledged, " +
                    $"log file left: {File.Exists(Path.Combine(folder, "factcheck-log.db"))}");
                Assert.True(acked > 0, $"Round {round} acknowledged no save before the kill; the test proves nothing. " + string.Join("; ", report));
            }

            // The file opens (LiteDB replays its log) and holds every acknowledged save.
            using var db = FactCheckDb.OpenFile(database);
            var verdicts = new VerdictStore(db, new SettingsStore(db), new ScaleStore(db));
            var audit = new AuditLog(db);
            var missing = new List<string>();
            foreach (var group in acknowledged.GroupBy(a => a.SpanId))
            {
                var verdict = verdicts.ForSpan(group.Key).Single();
                var rationales = audit.ForSpan(group.Key).Where(a => a.VerdictId == verdict.Id)
                    .Select(a => a.After.TryGetValue("Rationale", out var r) ? r : null).ToHashSet();
                if (verdict.Version < group.Max(a => a.Version))
                    missing.Add($"span {group.Key}: version {verdict.Version} < acknowledged {group.Max(a => a.Version)}");
                missing.AddRange(group.Where(a => !rationales.Contains(a.Rationale)).Select(a => $"span {group.Key}: \"{a.Rationale}\" (v{a.Version}) not in the audit trail"));
            }
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", report) + $"\n{acknowledged.Count} acknowledged saves checked.");
            Assert.True(missing.Count == 0, "Acknowledged saves lost:\n" + string.Join("\n", missing.Take(20)) + "\n" + string.Join("\n", report));
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int[]> SpanIdsAsync(Uri baseUrl)
    {
        using var session = ApiSession.For(baseUrl);
        await session.SignInAsync(AppProcess.Admin, AppProcess.Password);
        var body = await session.Http.GetFromJsonAsync<JsonElement>("/api/articles/1/spans", TestContext.Current.CancellationToken);
        return body.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToArray();
    }

    /// After a restart the app serves, for every span, at least the last version it acknowledged.
    private static async Task AssertAcknowledgedSavesServedAsync(Uri baseUrl, List<VerdictStream.Save> acknowledged, int round)
    {
        using var session = ApiSession.For(baseUrl);
        await session.SignInAsync(AppProcess.Admin, AppProcess.Password);
        foreach (var group in acknowledged.GroupBy(a => a.SpanId))
        {
            var verdict = await session.Http.GetFromJsonAsync<JsonElement>($"/api/spans/{group.Key}/verdict", TestContext.Current.CancellationToken);
            var stored = verdict.GetProperty("version").GetInt32();
            Assert.True(stored >= group.Max(a => a.Version), $"After restart {round}: span {group.Key} has version {stored}, but version {group.Max(a => a.Version)} was acknowledged.");
        }
    }
}
