namespace FactCheck.Cli.Tests;

/// Runs the command line in-process with in-memory standard streams.
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static CliRun Of(string[] args, string input = "")
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, new CliConsole(new StringReader(input), output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name + ".txt");
}
