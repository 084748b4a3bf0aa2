using System.Text.Json;
using FactCheck.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FactCheck.Web.Features.Backup;

/// Writes DATABASE.running (the app's process id, its addresses and the backup token) once the server
/// listens, readable by its owner only, and deletes it on shutdown. The CLI finds the running app through
/// it; after a crash the file stays, but the database lock is free, which tells the CLI the app is gone.
public sealed class RunningAppFile(FactCheckDb db, BackupToken token, IServer server, IHostApplicationLifetime lifetime, ILogger<RunningAppFile> logger) : IHostedService
{
    public sealed record Contents(int ProcessId, IReadOnlyList<string> Urls, string BackupToken);

    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".running";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Write);
        lifetime.ApplicationStopping.Register(Delete);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Write()
    {
        var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        if (urls.Length == 0)
            return;
        var path = PathFor(db.FilePath);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var file = new FileStream(path, options);
            JsonSerializer.Serialize(file, new Contents(Environment.ProcessId, urls, token.Value));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not write {Path}; `factcheck backup --db` will need --url while the app runs.", path);
        }
    }

    private void Delete()
    {
        try
        {
            File.Delete(PathFor(db.FilePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not delete the running-app file.");
        }
    }
}
