using System.CommandLine;
using System.Text;
using FactCheck.Cli.Commands;

namespace FactCheck.Cli;

/// The `factcheck` tool: composes the commands, one file each under Commands/.
public static class Program
{
    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var input = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16);
        using var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        var code = Run(args, new CliConsole(input, output, error, InteractiveInput: !Console.IsInputRedirected));
        output.Flush();
        return code;
    }

    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand("FactCheck: finds claims, quotes with their speakers, and cited sources in news articles.");
        root.Subcommands.Add(AnalyzeCommand.Create(console));
        root.Subcommands.Add(TrainCheckworthyCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(BackupCommand.Create(console));
        root.Subcommands.Add(RestoreCommand.Create(console));
        root.Subcommands.Add(UsersCommand.Create(console));
        root.Subcommands.Add(SeedDemoCommand.Create(console));
        return root;
    }

    /// Runs one command line; never lets an exception escape as a stack trace.
    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
            return CreateRootCommand(console).Parse(args).Invoke(configuration);
        }
        catch (Exception e)
        {
            // Messages of our own exceptions (database in use, schema too new, CliException) are written
            // for the user; anything else still gets one line, never a stack trace.
            console.Error.WriteLine($"factcheck: {e.Message}");
            return 1;
        }
    }
}
