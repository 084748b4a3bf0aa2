using FactCheck.Storage.Desk;

namespace FactCheck.Web.Features.Dashboard;

/// Loads the desk snapshot in the background at start, so the first editor to open the dashboard or the
/// review queue does not wait seconds for a large database to be read.
public sealed class DeskWarmup(DeskFacts facts, ILogger<DeskWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var snapshot = facts.Current();
            logger.LogInformation("Desk snapshot: {Verdicts} verdicts, {Articles} articles in {Elapsed} ms", snapshot.Verdicts.Count, snapshot.Articles.Count, started.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not fatal: the first view that needs the snapshot loads it and reports the problem itself.
            logger.LogWarning(e, "Could not load the desk snapshot at start");
        }
    }, stoppingToken);
}
