using System.CommandLine;
using FactCheck.Storage.Safety;

namespace FactCheck.Cli.Commands;

/// `factcheck backup [--db PATH] --out FILE [--url URL]`: a consistent copy of the database as a LiteDB
/// file. With the app stopped it copies the file itself; while the app runs it asks the app (found through
/// DATABASE.running, or at --url) for the copy, since only the process that has the database open can copy
/// it safely.
internal static class BackupCommand
{
    public static Command Create(CliConsole console)
    {
        var db = DatabaseAccess.DatabaseOption();
        var output = new Option<string>("--out") { Description = "Where to write the backup (replaced only when the backup is complete).", Required = true };
        var url = new Option<string?>("--url") { Description = "Address of the running app, when the one it recorded is not reachable from here." };
        var command = new Command("backup", "Copy the database consistently, also while the app is running.") { db, output, url };
        command.SetAction(parse =>
        {
            var database = parse.GetValue(db)!;
            var target = Path.GetFullPath(parse.GetValue(output)!);
            if (!File.Exists(database))
            {
                console.Error.WriteLine($"factcheck backup: there is no database at {Path.GetFullPath(database)}. Nothing was written.");
                return 1;
            }
            BackupSummary summary;
            string how;
            try
            {
                summary = DatabaseBackup.WriteFromFile(database, target);
                how = "The app is not running; copied the file directly";
            }
            catch (DatabaseInUseException)
            {
                var via = DatabaseAccess.DownloadBackup(database, target, parse.GetValue(url));
                if (DatabaseRestore.Check(target) is { } problem)
                {
                    File.Delete(target);
                    console.Error.WriteLine($"factcheck backup: the app at {via} sent a file that fails the restore check: {problem}");
                    return 1;
                }
                summary = DatabaseBackup.Summarize(target);
                how = $"Copied through the running app at {via}";
            }
            console.Output.WriteLine($"{how}: {summary.Describe()}");
            return 0;
        });
        return command;
    }
}
