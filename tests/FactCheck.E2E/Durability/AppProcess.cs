using System.Diagnostics;

namespace FactCheck.E2E.Durability;

/// The real app as a child process (`dotnet FactCheck.Web.dll`), as an operator runs it: its own process,
/// its own database lock, killable with SIGKILL. Starts on a free loopback port read from the
/// "Now listening on:" line; creates the admin from configuration and seeds the sample article.
public sealed class AppProcess : IAsyncDisposable
{
    public const string Admin = "admin";
    public const string Password = "correct horse battery";

    private readonly Process _process;
    private readonly List<string> _output;

    private AppProcess(Process process, Uri baseUrl, List<string> output)
    {
        _process = process;
        BaseUrl = baseUrl;
        _output = output;
    }

    /// What the app has written to its console so far.
    public string Output
    {
        get
        {
            lock (_output)
                return string.Join("\n", _output);
        }
    }

    public Uri BaseUrl { get; private set; }

    public int ProcessId => _process.Id;

    /// The build output of a project next to this test project's, in the same configuration.
    public static string BuildOutput(string project, string file) =>
        Path.Combine(AppFixture.RepositoryRoot, "artifacts", "bin", project, Path.GetFileName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)), file);

    public static async Task<AppProcess> StartAsync(string databasePath)
    {
        var web = BuildOutput("FactCheck.Web", "FactCheck.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { web, "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["FactCheck__Database"] = databasePath;
        start.Environment["FactCheck__SeedSamples"] = "true";
        start.Environment["FactCheck__Admin__UserName"] = Admin;
        start.Environment["FactCheck__Admin__Password"] = Password;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var output = new List<string>();
        void Collect(string? line)
        {
            if (line is null)
                return;
            lock (output)
                output.Add(line);
            const string marker = "Now listening on: ";
            if (line.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0)
                listening.TrySetResult(new Uri(line[(at + marker.Length)..].Trim()));
        }
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The app exited before it listened:\n" + string.Join("\n", output)));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(120));
            return new AppProcess(process, url, output);
        }
        catch
        {
            if (!process.HasExited)
                process.Kill();
            throw;
        }
    }

    /// SIGKILL: no shutdown code runs, nothing is flushed or checkpointed. Returns the exit code the
    /// kernel reports (128 + 9 for a process killed by signal 9).
    public async Task<int> KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            await KillAsync();
        _process.Dispose();
    }
}
