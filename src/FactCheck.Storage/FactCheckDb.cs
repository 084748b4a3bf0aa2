using FactCheck.Storage.Documents;
using LiteDB;

namespace FactCheck.Storage;

/// <summary>
/// The app's one LiteDB database: its collections and indexes. LiteDatabase is thread-safe and meant
/// to live as long as the app, so one instance is shared.
/// </summary>
public sealed class FactCheckDb : IDisposable
{
    private readonly LiteDatabase _database;

    private FactCheckDb(LiteDatabase database)
    {
        _database = database;
        Spans.EnsureIndex(s => s.ArticleId);
        Verdicts.EnsureIndex(v => v.ArticleId);
        Verdicts.EnsureIndex(v => v.SpanId);
        Verdicts.EnsureIndex(v => v.Status);
        Audit.EnsureIndex(a => a.ArticleId);
        Audit.EnsureIndex(a => a.SpanId);
        Users.EnsureIndex(u => u.NormalizedUserName, unique: true);
    }

    /// Opens (creating if needed) the database file at <paramref name="path"/>, creating its folder too.
    public static FactCheckDb OpenFile(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new FactCheckDb(new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, CreateMapper()) { UtcDate = true });
    }

    // LiteDB's default mapper trims strings and stores "" as null; article text, quotes and their
    // context must come back exactly as they were stored, whitespace included.
    private static BsonMapper CreateMapper() => new() { TrimWhitespace = false, EmptyStringToNull = false };

    internal ILiteDatabase Database => _database;
    internal ILiteCollection<ArticleDocument> Articles => _database.GetCollection<ArticleDocument>("articles");
    internal ILiteCollection<SpanDocument> Spans => _database.GetCollection<SpanDocument>("spans");
    internal ILiteCollection<VerdictDocument> Verdicts => _database.GetCollection<VerdictDocument>("verdicts");
    internal ILiteCollection<UserDocument> Users => _database.GetCollection<UserDocument>("users");
    internal ILiteCollection<AuditDocument> Audit => _database.GetCollection<AuditDocument>("audit");
    internal ILiteCollection<SettingsDocument> Settings => _database.GetCollection<SettingsDocument>("settings");
    internal ILiteCollection<ScaleDocument> Scales => _database.GetCollection<ScaleDocument>("scales");

    /// Runs <paramref name="work"/> in one transaction: all of it is stored, or none.
    internal T InTransaction<T>(Func<T> work)
    {
        _database.BeginTrans();
        try
        {
            var result = work();
            _database.Commit();
            return result;
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    public void Dispose() => _database.Dispose();
}
