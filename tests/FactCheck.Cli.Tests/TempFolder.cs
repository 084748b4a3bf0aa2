namespace FactCheck.Cli.Tests;

/// A temporary folder with a path for the database, deleted at the end of the test.
public sealed class TempFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "factcheck-cli-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Root);

    public string Database => Path.Combine(Root, "db", "factcheck.db");

    public string File(string name) => Path.Combine(Root, name);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
