using FactCheck.Storage.Documents;
using FactCheck.Storage.Safety;
using FactCheck.Storage.Schema;
using LiteDB;

namespace FactCheck.Storage;

/// <summary>
/// The app's one LiteDB database: its collections and indexes. LiteDatabase is thread-safe and meant
/// to live as long as the app, so one instance is shared.
/// </summary>
public sealed class FactCheckDb : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly DatabaseLock _fileLock;

    // Changes made inside a transaction are announced only once it commits, on the thread that made them
    // (LiteDB transactions are per thread).
    [ThreadStatic]
    private static List<ArticleChange>? _pendingChanges;

    // Multi-collection transactions hold this for reading; a backup holds it for writing, so it never
    // copies half of one (see DatabaseBackup).
    private readonly ReaderWriterLockSlim _transactionGate = new(LockRecursionPolicy.SupportsRecursion);

    private FactCheckDb(LiteDatabase database, IChangeNotifier? changes, DatabaseLock fileLock, string path, IReadOnlyList<string> migrations)
    {
        _database = database;
        Changes = changes ?? new InProcessChangeNotifier();
        _fileLock = fileLock;
        FilePath = path;
        Migrations = migrations;
        Spans.EnsureIndex(s => s.ArticleId);
        Verdicts.EnsureIndex(v => v.ArticleId);
        Verdicts.EnsureIndex(v => v.SpanId);
        Verdicts.EnsureIndex(v => v.Status);
        Audit.EnsureIndex(a => a.ArticleId);
        Audit.EnsureIndex(a => a.SpanId);
        Users.EnsureIndex(u => u.NormalizedUserName, unique: true);
        Evidence.EnsureIndex(e => e.SpanId);
        Evidence.EnsureIndex(e => e.ArticleId);
        Revisions.EnsureIndex(r => r.ArticleId);
    }

    /// Opens (creating if needed) the database file at <paramref name="path"/>, creating its folder too,
    /// and brings its schema up to date. Throws <see cref="DatabaseInUseException"/> when another process
    /// has it open, and <see cref="SchemaTooNewException"/> when a newer FactCheck wrote it.
    public static FactCheckDb OpenFile(string path, IChangeNotifier? changes = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var fileLock = DatabaseLock.Acquire(full);
        LiteDatabase? database = null;
        try
        {
            database = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, CreateMapper()) { UtcDate = true };
            var migrations = SchemaMigrations.Migrate(database);
            return new FactCheckDb(database, changes, fileLock, full, migrations);
        }
        catch
        {
            database?.Dispose();
            fileLock.Dispose();
            throw;
        }
    }

    /// Committed changes to articles, for live updates.
    public IChangeNotifier Changes { get; }

    /// Full path of the database file.
    public string FilePath { get; }

    /// The schema version recorded in the file.
    public int SchemaVersion => _database.UserVersion;

    /// The migration steps that ran when this database was opened.
    public IReadOnlyList<string> Migrations { get; }

    // LiteDB's default mapper trims strings and stores "" as null; article text, quotes and their
    // context must come back exactly as they were stored, whitespace included.
    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false };
        // LiteDB 5.0.21 builds a type's mapping on first use without a lock (litedb-org/LiteDB#2536):
        // requests that first touch a type together, as after every restart, got "Member Id not found"
        // or documents read with fields missing. Build every document mapping before the database is shared.
        foreach (var type in typeof(FactCheckDb).Assembly.GetTypes())
        {
            if (type.Namespace == typeof(ArticleDocument).Namespace && type is { IsClass: true, IsAbstract: false } && type.GetConstructor(Type.EmptyTypes) is not null)
                mapper.ToDocument(type, Activator.CreateInstance(type)!);
        }
        return mapper;
    }

    internal ILiteDatabase Database => _database;
    internal ILiteCollection<ArticleDocument> Articles => _database.GetCollection<ArticleDocument>("articles");
    internal ILiteCollection<SpanDocument> Spans => _database.GetCollection<SpanDocument>("spans");
    internal ILiteCollection<VerdictDocument> Verdicts => _database.GetCollection<VerdictDocument>("verdicts");
    internal ILiteCollection<UserDocument> Users => _database.GetCollection<UserDocument>("users");
    internal ILiteCollection<AuditDocument> Audit => _database.GetCollection<AuditDocument>("audit");
    internal ILiteCollection<SettingsDocument> Settings => _database.GetCollection<SettingsDocument>("settings");
    internal ILiteCollection<ScaleDocument> Scales => _database.GetCollection<ScaleDocument>("scales");
    internal ILiteCollection<EvidenceDocument> Evidence => _database.GetCollection<EvidenceDocument>("evidence");
    internal ILiteCollection<SnapshotDocument> Snapshots => _database.GetCollection<SnapshotDocument>("snapshots");
    internal ILiteCollection<RevisionDocument> Revisions => _database.GetCollection<RevisionDocument>("revisions");

    /// Runs <paramref name="work"/> in one transaction: all of it is stored, or none.
    internal T InTransaction<T>(Func<T> work)
    {
        _transactionGate.EnterReadLock();
        try
        {
            _database.BeginTrans();
            var outer = _pendingChanges is null;
            _pendingChanges ??= [];
            try
            {
                var result = work();
                _database.Commit();
                if (outer)
                {
                    foreach (var change in _pendingChanges.Distinct())
                        Changes.Publish(change);
                }
                return result;
            }
            catch
            {
                _database.Rollback();
                throw;
            }
            finally
            {
                if (outer)
                    _pendingChanges = null;
            }
        }
        finally
        {
            _transactionGate.ExitReadLock();
        }
    }

    /// Runs <paramref name="work"/> while no multi-collection transaction is in progress or can start.
    internal T WithoutTransactions<T>(Func<T> work)
    {
        _transactionGate.EnterWriteLock();
        try
        {
            return work();
        }
        finally
        {
            _transactionGate.ExitWriteLock();
        }
    }

    /// Announces <paramref name="change"/> when the current transaction commits (at once outside one).
    internal void Notify(ArticleChange change)
    {
        if (_pendingChanges is { } pending)
            pending.Add(change);
        else
            Changes.Publish(change);
    }

    public void Dispose()
    {
        _database.Dispose();
        _fileLock.Dispose();
        _transactionGate.Dispose();
    }
}
