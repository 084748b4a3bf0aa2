using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.E2E.Http;
using FactCheck.Storage;

namespace FactCheck.E2E.Durability;

/// `factcheck backup --db` while the real app runs in another process and takes verdict saves.
[Collection(DurabilityCollection.Name)]
public class BackupWhileRunningTests
{
    [Fact]
    public async Task Backup_WhileTheAppTakesSaves_IsConsistentAndHasEverySaveAcknowledgedBeforeIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-backup", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "db", "factcheck.db");
        var backup = Path.Combine(folder, "backups", "live.db");
        try
        {
            await using var app = await AppProcess.StartAsync(database);
            using var session = ApiSession.For(app.BaseUrl);
            await session.SignInAsync(AppProcess.Admin, AppProcess.Password);
            var spans = (await session.Http.GetFromJsonAsync<JsonElement>("/api/articles/1/spans", TestContext.Current.CancellationToken))
                .GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToArray();
            var versions = new ConcurrentDictionary<int, int>();
            using var before = new VerdictStream(app.BaseUrl, "before", spans, versions);
            await before.SignInAsync();
            using (var enough = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
                await before.RunAsync(enough.Token);
            using var stop = new CancellationTokenSource();
            using var during = new VerdictStream(app.BaseUrl, "during", spans, versions);
            await during.SignInAsync();
            var saving = Task.Run(() => during.RunAsync(stop.Token), TestContext.Current.CancellationToken);

            var run = await CliProcess.RunAsync("backup", "--db", database, "--out", backup);
            stop.Cancel();
            await saving;

            Assert.True(run.ExitCode == 0, run.Error);
            Assert.StartsWith($"Copied through the running app at {app.BaseUrl.ToString().TrimEnd('/')}: {backup} (", run.Output);
            Assert.NotEmpty(before.Acknowledged);
            Assert.NotEmpty(during.Acknowledged);
            using var copy = FactCheckDb.OpenFile(backup);
            var verdicts = new VerdictStore(copy, new SettingsStore(copy), new ScaleStore(copy));
            var audit = new AuditLog(copy);
            foreach (var save in before.Acknowledged)
                Assert.Contains(audit.ForSpan(save.SpanId), a => a.After.TryGetValue("Rationale", out var r) && r == save.Rationale);
            // A verdict's version counts its changes, each with one audit entry in the same transaction:
            // a backup that caught half a save would break the equality.
            foreach (var span in spans)
            {
                var verdict = verdicts.ForSpan(span).Single();
                Assert.Equal(verdict.Version, audit.ForSpan(span).Count(a => a.VerdictId == verdict.Id));
            }
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task CommandsThatWrite_WhileTheAppRuns_AreRefusedAndReadingCommandsWork()
    {
        var folder = Path.Combine(Path.GetTempPath(), "factcheck-backup", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "factcheck.db");
        try
        {
            await using var app = await AppProcess.StartAsync(database);

            var add = await CliProcess.RunAsync("users", "add", "late", "--role", "editor", "--password", "correct horse battery", "--db", database);
            var list = await CliProcess.RunAsync("users", "list", "--db", database);
            var backup = await CliProcess.RunAsync("backup", "--db", database, "--out", Path.Combine(folder, "b.db"));
            var restore = await CliProcess.RunAsync("restore", Path.Combine(folder, "b.db"), "--db", database);

            Assert.Equal(1, add.ExitCode);
            Assert.Contains($"The database {database} is in use by another process", add.Error);
            Assert.Equal(0, list.ExitCode);
            Assert.StartsWith("admin", list.Output);
            Assert.DoesNotContain("late", list.Output);
            Assert.Equal(0, backup.ExitCode);
            Assert.Equal(1, restore.ExitCode);
            Assert.Contains("is in use by another process", restore.Error);
            Assert.Contains("Nothing was changed.", restore.Error);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}
