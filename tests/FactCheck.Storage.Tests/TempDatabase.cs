namespace FactCheck.Storage.Tests;

/// A real LiteDB file in its own temporary folder, deleted with the folder at the end of the test.
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
        Db = FactCheckDb.OpenFile(Path);
    }

    public string Path => System.IO.Path.Combine(_folder, "db", "factcheck.db");

    public FactCheckDb Db { get; private set; }

    public ArticleStore Articles => new(Db);

    public SettingsStore Settings => new(Db);

    public VerdictStore Verdicts => new(Db, Settings, new ScaleStore(Db));

    public AuditLog Audit => new(Db);

    public SpanStore Spans => new(Db);

    public EvidenceStore Evidence => new(Db);

    /// Closes the file and opens it again, as an app restart would.
    public void Reopen()
    {
        Db.Dispose();
        Db = FactCheckDb.OpenFile(Path);
    }

    public void Dispose()
    {
        Db.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
