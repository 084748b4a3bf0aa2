using FactCheck.Core.Accounts;
using FactCheck.Storage.Safety;
using LiteDB;

namespace FactCheck.Storage.Tests.Safety;

public class DatabaseRestoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));
    private readonly string _database;
    private readonly string _backup;

    public DatabaseRestoreTests()
    {
        _database = Path.Combine(_folder, "db", "factcheck.db");
        _backup = Path.Combine(_folder, "backup.db");
        using (var db = FactCheckDb.OpenFile(_database))
            new UserStore(db).Create("current", null, Role.Admin, "correct horse battery", DateTime.UtcNow);
    }

    private void MakeBackupWithUser(string userName)
    {
        var source = Path.Combine(_folder, "source", "factcheck.db");
        using var db = FactCheckDb.OpenFile(source);
        new UserStore(db).Create(userName, null, Role.Admin, "correct horse battery", DateTime.UtcNow);
        DatabaseBackup.WriteTo(db, _backup);
    }

    private string[] UsersIn(string path)
    {
        using var db = FactCheckDb.OpenFile(path);
        return new UserStore(db).List().Select(u => u.UserName).ToArray();
    }

    [Fact]
    public void Restore_Backup_ReplacesTheDatabaseAndKeepsThePreviousOneAsBak()
    {
        MakeBackupWithUser("restored");

        var result = DatabaseRestore.Restore(_backup, _database);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(["restored"], UsersIn(_database));
        Assert.Equal(_database + ".bak", result.PreviousDatabase);
        Assert.Equal(["current"], UsersIn(_database + ".bak"));
        Assert.Equal(1, result.Documents["users"]);
        Assert.Empty(result.Warnings);
        Assert.True(File.Exists(_backup), "the backup file itself is left as it was");
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_database)!, "*restore*"));
    }

    [Fact]
    public void Restore_DatabaseWithUncheckpointedCommits_KeepsThemInTheBak()
    {
        MakeBackupWithUser("restored");
        // A crash leaves recent commits in the log file only; the .bak must still have them.
        var log = Path.Combine(Path.GetDirectoryName(_database)!, "factcheck-log.db");
        CrashWithCommitInLog(_database, "late");
        Assert.True(File.Exists(log));

        Assert.True(DatabaseRestore.Restore(_backup, _database).Succeeded);

        Assert.False(File.Exists(log));
        Assert.Equal(["current", "late"], UsersIn(_database + ".bak"));
        Assert.Equal(["restored"], UsersIn(_database));
    }

    public static TheoryData<string, string> MalformedFiles => new()
    {
        { "text", "is not a FactCheck backup: it is not a LiteDB database file." },
        { "tiny", "is not a FactCheck backup: it is not a LiteDB database file." },
        { "truncated", "is not a FactCheck backup: it cannot be read as a LiteDB database" },
        { "other-app", "is a LiteDB file but not a FactCheck database: it has no audit, spans, users, verdicts collections." },
        { "empty", "is not a FactCheck backup: it is not a LiteDB database file." },
        { "newer", "has schema version 42; this FactCheck knows versions up to" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void Restore_MalformedFile_IsRefusedWithAReasonAndChangesNothing(string kind, string message)
    {
        WriteMalformed(kind);
        var before = File.ReadAllBytes(_database);
        var backupBefore = File.ReadAllBytes(_backup);

        var result = DatabaseRestore.Restore(_backup, _database);

        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Message);
        Assert.EndsWith("Nothing was changed.", result.Message);
        Assert.Equal(before, File.ReadAllBytes(_database));
        Assert.Equal(backupBefore, File.ReadAllBytes(_backup));
        Assert.False(File.Exists(_database + ".bak"));
        Assert.Equal(["factcheck.db", "factcheck.db.lock"], Directory.GetFiles(Path.GetDirectoryName(_database)!).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Restore_WhileTheDatabaseIsOpen_IsRefused()
    {
        MakeBackupWithUser("restored");
        using var open = FactCheckDb.OpenFile(_database);

        var result = DatabaseRestore.Restore(_backup, _database);

        Assert.False(result.Succeeded);
        Assert.Contains("is in use by another process", result.Message);
        Assert.Equal(["current"], new UserStore(open).List().Select(u => u.UserName));
    }

    [Fact]
    public void Restore_MissingFile_SaysSo()
    {
        var result = DatabaseRestore.Restore(Path.Combine(_folder, "nope.db"), _database);

        Assert.Equal($"There is no file {Path.Combine(_folder, "nope.db")}. Nothing was changed.", result.Message);
    }

    [Fact]
    public void Restore_BackupWithoutAdmin_WarnsButRestores()
    {
        var source = Path.Combine(_folder, "source", "factcheck.db");
        using (var db = FactCheckDb.OpenFile(source))
            DatabaseBackup.WriteTo(db, _backup);

        var result = DatabaseRestore.Restore(_backup, _database);

        Assert.True(result.Succeeded);
        Assert.Contains("no active admin", Assert.Single(result.Warnings));
    }

    private void WriteMalformed(string kind)
    {
        switch (kind)
        {
            case "text":
                File.WriteAllText(_backup, "verdict_id,rating\n1,true\n" + new string('x', 20_000));
                break;
            case "truncated":
                MakeBackupWithUser("someone");
                var bytes = File.ReadAllBytes(_backup);
                File.WriteAllBytes(_backup, bytes[..(bytes.Length / 3)]);
                break;
            case "other-app":
                using (var other = new LiteDatabase(_backup))
                    other.GetCollection("customers").Insert(new BsonDocument { ["name"] = "Acme" });
                break;
            case "empty":
                File.WriteAllBytes(_backup, []);
                break;
            case "tiny":
                File.WriteAllText(_backup, "hello\n");
                break;
            case "newer":
                MakeBackupWithUser("future");
                using (var future = new LiteDatabase(_backup))
                    future.UserVersion = 42;
                break;
        }
    }

    /// Leaves the database as a killed process would: a committed user in the log file, not yet
    /// checkpointed into the data file (the files are copied while the database is still open).
    private static void CrashWithCommitInLog(string path, string userName)
    {
        var log = DatabaseBackup.LogFileOf(path);
        using (var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            db.GetCollection("users").Insert(new BsonDocument
            {
                ["_id"] = 99,
                ["UserName"] = userName,
                ["NormalizedUserName"] = userName.ToUpperInvariant(),
                ["DisplayName"] = userName,
                ["Role"] = "FactChecker",
                ["IsActive"] = true,
                ["CreatedAt"] = DateTime.UtcNow,
            });
            File.Copy(path, path + ".crashed");
            File.Copy(log, log + ".crashed");
        }
        File.Move(path + ".crashed", path, overwrite: true);
        File.Move(log + ".crashed", log, overwrite: true);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
