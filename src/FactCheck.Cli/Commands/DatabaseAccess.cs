using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using FactCheck.Storage;
using FactCheck.Storage.Safety;

namespace FactCheck.Cli.Commands;

/// How commands reach the database: directly when no process has it open; through the running app
/// when it has (the app writes DATABASE.running with its address and a backup token for this purpose).
internal static class DatabaseAccess
{
    public const string DefaultDatabase = "data/db/factcheck.db";

    public static Option<string> DatabaseOption() => new("--db")
    {
        Description = $"The FactCheck database file (default: {DefaultDatabase}, as the app uses when run from the repository root).",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public sealed record RunningApp(int ProcessId, IReadOnlyList<string> Urls, string BackupToken);

    /// Opens the database to read it: directly, or, while the app has it open, a consistent snapshot
    /// fetched from the app into a temporary file that is deleted when the result is disposed.
    public static ReadAccess OpenForReading(string databasePath, string? url = null)
    {
        if (!File.Exists(databasePath))
            throw new CliException($"There is no database at {Path.GetFullPath(databasePath)}. Give the right --db, or start the app once to create it.");
        if (!DatabaseLock.IsHeld(databasePath))
            return new ReadAccess(FactCheckDb.OpenFile(databasePath), null);
        var snapshot = Path.Combine(Path.GetTempPath(), "factcheck-cli", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
        DownloadBackup(databasePath, snapshot, url);
        return new ReadAccess(FactCheckDb.OpenFile(snapshot), snapshot);
    }

    /// Asks the app that has <paramref name="databasePath"/> open for a backup and writes it to <paramref name="target"/>.
    public static string DownloadBackup(string databasePath, string target, string? url)
    {
        var app = FindRunningApp(databasePath);
        var baseUrl = url ?? PickUrl(app.Urls);
        var partial = target + ".partial";
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(10) };
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/admin/backup");
            request.Headers.Add("X-FactCheck-Backup-Token", app.BackupToken);
            using var response = http.Send(request, HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                throw new CliException($"The app at {baseUrl} did not accept the backup token from {RunningFileOf(databasePath)}: is that app using this database? Restart it, or give its --url.");
            if (!response.IsSuccessStatusCode)
                throw new CliException($"The app at {baseUrl} could not make a backup ({(int)response.StatusCode} {response.ReasonPhrase}).");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            using (var file = File.Create(partial))
                response.Content.ReadAsStream().CopyTo(file);
            File.Move(partial, target, overwrite: true);
            return baseUrl;
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"The database is open in a running app, but the app at {baseUrl} does not answer ({e.Message}). Check that it is running, or give its address with --url.");
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static RunningApp FindRunningApp(string databasePath)
    {
        var running = RunningFileOf(databasePath);
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<RunningApp>(File.ReadAllText(running))
                ?? throw new CliException($"{running} is empty.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            throw new CliException($"The database {Path.GetFullPath(databasePath)} is open in another process, but {running} (which the app writes when it starts) cannot be read: {e.Message} " +
                "If the app is running, restart it; if a factcheck command is running, wait for it to finish.");
        }
    }

    private static string RunningFileOf(string databasePath) => Path.GetFullPath(databasePath) + ".running";

    /// The app's first address, with a wildcard host replaced by loopback.
    private static string PickUrl(IReadOnlyList<string> urls)
    {
        var url = urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? urls.FirstOrDefault()
            ?? throw new CliException("The running app did not record its address; give it with --url.");
        foreach (var wildcard in new[] { "://0.0.0.0", "://[::]", "://*", "://+" })
            url = url.Replace(wildcard, "://127.0.0.1", StringComparison.Ordinal);
        return url;
    }

    public sealed class ReadAccess(FactCheckDb db, string? snapshot) : IDisposable
    {
        public FactCheckDb Db { get; } = db;

        /// True when reading a snapshot the running app made.
        public bool IsSnapshot => snapshot is not null;

        public void Dispose()
        {
            Db.Dispose();
            if (snapshot is null)
                return;
            DatabaseBackup.DeleteDatabaseFiles(snapshot);
            File.Delete(DatabaseLock.PathFor(snapshot));
        }
    }
}

/// An error whose message is the whole story for the user; printed without a stack trace.
internal sealed class CliException(string message) : Exception(message);
