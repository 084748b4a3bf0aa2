using FactCheck.Storage.Schema;
using LiteDB;

namespace FactCheck.Storage.Safety;

/// Puts a backup in place of a database that no process has open. The backup is checked on a copy
/// first (a LiteDB file, a schema this build knows, the collections every FactCheck database has) and
/// migrated there; only then is the old database copied to DATABASE.bak and the new one renamed over it,
/// an atomic step, so at every moment the database file is either the old one or the new one, whole.
public static class DatabaseRestore
{
    /// Collections every FactCheck database has from its first start.
    public static IReadOnlyList<string> RequiredCollections { get; } = ["audit", "spans", "users", "verdicts"];

    public static RestoreResult Restore(string backupPath, string databasePath)
    {
        var backup = Path.GetFullPath(backupPath);
        var database = Path.GetFullPath(databasePath);
        if (!File.Exists(backup))
            return RestoreResult.Refused($"There is no file {backup}. Nothing was changed.");
        if (string.Equals(backup, database, StringComparison.Ordinal))
            return RestoreResult.Refused("The backup and the database are the same file. Nothing was changed.");

        DatabaseLock databaseLock;
        try
        {
            databaseLock = DatabaseLock.Acquire(database);
        }
        catch (DatabaseInUseException e)
        {
            return RestoreResult.Refused(e.Message + " Nothing was changed.");
        }
        using var _ = databaseLock;
        var folder = Path.GetDirectoryName(database)!;
        var staging = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(database)}.restore-{Guid.NewGuid():N}{Path.GetExtension(database)}");
        try
        {
            File.Copy(backup, staging);
            if (Inspect(staging, backup) is { } problem)
                return RestoreResult.Refused(problem + " Nothing was changed.");
            IReadOnlyDictionary<string, int> counts;
            IReadOnlyList<string> warnings;
            try
            {
                // Brings an older backup up to this build's schema before it goes live.
                using var staged = FactCheckDb.OpenFile(staging);
                counts = RequiredCollections.Append("articles").Order(StringComparer.Ordinal)
                    .ToDictionary(c => c, c => staged.Database.CollectionExists(c) ? staged.Database.GetCollection(c).Count() : 0);
                warnings = new UserStore(staged).List().Any(u => u.IsActive && u.Role == Core.Accounts.Role.Admin)
                    ? []
                    : ["The backup has no active admin: the app will offer its one-time setup page, or add one with `factcheck users add`."];
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                return RestoreResult.Refused(Unreadable(backup, e) + " Nothing was changed.");
            }

            var previous = File.Exists(database) ? KeepPrevious(database) : null;
            File.Move(staging, database, overwrite: true);
            return new RestoreResult(true, $"Restored {backup} into {database}.", previous, counts, warnings);
        }
        finally
        {
            DatabaseBackup.DeleteDatabaseFiles(staging);
            File.Delete(DatabaseLock.PathFor(staging));
        }
    }

    /// Why the backup at <paramref name="path"/> could not be restored, or null when it could.
    public static string? Check(string path) => Inspect(Path.GetFullPath(path), Path.GetFullPath(path));

    /// Why <paramref name="path"/> cannot be restored, or null when it can.
    private static string? Inspect(string path, string shownAs)
    {
        // LiteDB would quietly turn an empty or tiny file into a new database; a real one starts with its
        // 8 KiB header page, which carries this mark.
        if (!HasLiteDbHeader(path))
            return $"{shownAs} is not a FactCheck backup: it is not a LiteDB database file.";
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            if (db.UserVersion > SchemaMigrations.CurrentVersion)
                return $"{shownAs} has schema version {db.UserVersion}; this FactCheck knows versions up to {SchemaMigrations.CurrentVersion}. Restore it with the FactCheck that made it.";
            var missing = RequiredCollections.Where(c => !db.CollectionExists(c)).ToArray();
            if (missing.Length > 0)
                return $"{shownAs} is a LiteDB file but not a FactCheck database: it has no {string.Join(", ", missing)} collection{(missing.Length == 1 ? "" : "s")}.";
            // Reading every document finds a truncated or damaged file before it replaces a good one.
            foreach (var name in db.GetCollectionNames())
                _ = db.GetCollection(name).FindAll().Count();
            return null;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return Unreadable(shownAs, e);
        }
    }

    private static bool HasLiteDbHeader(string path)
    {
        const string mark = "** This is a LiteDB file **";
        const int markOffset = 32;
        using var file = File.OpenRead(path);
        if (file.Length < 8192)
            return false;
        var bytes = new byte[markOffset + mark.Length];
        file.ReadExactly(bytes);
        return System.Text.Encoding.ASCII.GetString(bytes, markOffset, mark.Length) == mark;
    }

    // LiteDB reports damaged files with its own exception, and sometimes with whatever a bad page led to.
    private static bool IsUnreadable(Exception e) =>
        e is LiteException or IOException or InvalidCastException or ArgumentException or IndexOutOfRangeException or OverflowException or InvalidOperationException or NullReferenceException
        && e is not DatabaseInUseException;

    private static string Unreadable(string file, Exception e) =>
        $"{file} is not a FactCheck backup: it cannot be read as a LiteDB database ({e.Message.TrimEnd('.')}).";

    /// Folds any log into the current database, then copies it to DATABASE.bak (replacing an older one).
    private static string KeepPrevious(string database)
    {
        try
        {
            // Disposing checkpoints: commits still in the log file move into the data file.
            new LiteDatabase(new ConnectionString { Filename = database, Connection = ConnectionType.Direct }).Dispose();
        }
        catch (Exception e) when (e is LiteException or IOException or InvalidCastException)
        {
            // A damaged database is the usual reason to restore; keep it as it is.
        }
        var previous = database + ".bak";
        DatabaseBackup.DeleteDatabaseFiles(previous);
        File.Copy(database, previous);
        var log = DatabaseBackup.LogFileOf(database);
        if (File.Exists(log))
            File.Move(log, DatabaseBackup.LogFileOf(previous));
        return previous;
    }
}
