using LiteDB;

namespace FactCheck.Storage.Safety;

/// Consistent copies of a database that stays in use. The copy is logical: every collection's documents
/// and indexes, and the schema version, are written into a fresh LiteDB file. While it is made, no
/// multi-collection transaction can run (they wait, they are not refused), so a verdict and its audit
/// entry are both in the copy or both not; single-document writes may land on either side, as they would
/// in a crash at that moment.
public static class DatabaseBackup
{
    /// Writes a copy of <paramref name="db"/> to <paramref name="targetPath"/>, replacing the file only
    /// once the copy is complete.
    public static BackupSummary WriteTo(FactCheckDb db, string targetPath)
    {
        var target = Path.GetFullPath(targetPath);
        if (string.Equals(target, db.FilePath, StringComparison.Ordinal))
            throw new ArgumentException("A backup cannot overwrite the database it copies.", nameof(targetPath));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        DeleteDatabaseFiles(partial);
        try
        {
            var counts = db.WithoutTransactions(() => Copy(db.Database, partial));
            File.Move(partial, target, overwrite: true);
            return new BackupSummary(target, new FileInfo(target).Length, db.SchemaVersion, counts);
        }
        finally
        {
            DeleteDatabaseFiles(partial);
        }
    }

    /// Backs up a database that no process has open, leaving its file and schema as they are. Throws
    /// <see cref="DatabaseInUseException"/> when a process has it open: back it up through that process.
    public static BackupSummary WriteFromFile(string databasePath, string targetPath)
    {
        var database = Path.GetFullPath(databasePath);
        var target = Path.GetFullPath(targetPath);
        if (string.Equals(target, database, StringComparison.Ordinal))
            throw new ArgumentException("A backup cannot overwrite the database it copies.", nameof(targetPath));
        if (!File.Exists(database))
            throw new FileNotFoundException($"There is no database at {database}.", database);
        using var databaseLock = DatabaseLock.Acquire(database);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        DeleteDatabaseFiles(partial);
        try
        {
            using (var source = new LiteDatabase(new ConnectionString { Filename = database, Connection = ConnectionType.Direct }))
                Copy(source, partial);
            File.Move(partial, target, overwrite: true);
            return Summarize(target);
        }
        finally
        {
            DeleteDatabaseFiles(partial);
        }
    }

    /// Size, schema version and document counts of a backup file no process has open.
    public static BackupSummary Summarize(string path)
    {
        var full = Path.GetFullPath(path);
        using (var db = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }))
        {
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in db.GetCollectionNames())
                counts[name] = db.GetCollection(name).Count();
            var version = db.UserVersion;
            return new BackupSummary(full, new FileInfo(full).Length, version, counts);
        }
    }

    internal static IReadOnlyDictionary<string, int> Copy(ILiteDatabase source, string targetPath)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (var target = new LiteDatabase(new ConnectionString { Filename = targetPath, Connection = ConnectionType.Direct }))
        {
            foreach (var name in source.GetCollectionNames().Order(StringComparer.Ordinal))
            {
                var into = target.GetCollection(name);
                var count = 0;
                foreach (var batch in source.GetCollection(name).FindAll().Chunk(1000))
                {
                    into.InsertBulk(batch);
                    count += batch.Length;
                }
                counts[name] = count;
            }
            foreach (var index in source.GetCollection("$indexes").FindAll())
            {
                var name = index["name"].AsString;
                if (name != "_id")
                    target.GetCollection(index["collection"].AsString).EnsureIndex(name, BsonExpression.Create(index["expression"].AsString), index["unique"].AsBoolean);
            }
            target.UserVersion = source.UserVersion;
            target.Checkpoint();
        }
        return counts;
    }

    /// Deletes a LiteDB file and its log file, if they exist.
    public static void DeleteDatabaseFiles(string path)
    {
        File.Delete(path);
        File.Delete(LogFileOf(path));
    }

    /// LiteDB keeps uncheckpointed commits in "NAME-log.EXT" beside "NAME.EXT".
    public static string LogFileOf(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
}
