using System.CommandLine;
using FactCheck.Storage.Safety;

namespace FactCheck.Cli.Commands;

/// `factcheck restore FILE [--db PATH]`: checks FILE (a LiteDB file, a schema this build knows, the
/// collections of a FactCheck database), migrates a copy of it, then swaps it in atomically and keeps the
/// replaced database as PATH.bak. A file that fails the check changes nothing. The app must be stopped.
internal static class RestoreCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A backup made by `factcheck backup` (or any FactCheck database file)." };
        var db = DatabaseAccess.DatabaseOption();
        var command = new Command("restore", "Replace the database with a backup, keeping the current one as .bak. Stop the app first.") { file, db };
        command.SetAction(parse =>
        {
            var result = DatabaseRestore.Restore(parse.GetValue(file)!, parse.GetValue(db)!);
            if (!result.Succeeded)
            {
                console.Error.WriteLine($"factcheck restore: {result.Message}");
                return 1;
            }
            console.Output.WriteLine(result.Message);
            console.Output.WriteLine("It has " + string.Join(", ", result.Documents.Select(d => $"{d.Value} {d.Key}")) + ".");
            if (result.PreviousDatabase is { } previous)
                console.Output.WriteLine($"The database it replaced is kept as {previous}.");
            foreach (var warning in result.Warnings)
                console.Error.WriteLine($"factcheck restore: warning: {warning}");
            return 0;
        });
        return command;
    }
}
