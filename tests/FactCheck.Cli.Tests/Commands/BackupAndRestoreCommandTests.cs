using FactCheck.Core.Accounts;
using FactCheck.Storage;

namespace FactCheck.Cli.Tests.Commands;

public class BackupAndRestoreCommandTests : IDisposable
{
    private const string Password = "correct horse battery";
    private readonly TempFolder _temp = new();

    private void AddUser(string name) => Assert.Equal(0, CliRun.Of(["users", "add", name, "--role", "admin", "--password", Password, "--db", _temp.Database]).ExitCode);

    private string[] Users(string path)
    {
        using var db = FactCheckDb.OpenFile(path);
        return new UserStore(db).List().Select(u => u.UserName).ToArray();
    }

    [Fact]
    public void Backup_StoppedApp_CopiesTheFileAndReportsWhatIsInIt()
    {
        AddUser("ada");
        var backup = _temp.File("backups/monday.db");

        var run = CliRun.Of(["backup", "--db", _temp.Database, "--out", backup]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"The app is not running; copied the file directly: {backup} (", run.Output);
        Assert.Contains("1 users", run.Output);
        Assert.Equal(["ada"], Users(backup));
    }

    [Fact]
    public void Backup_NoDatabase_SaysSo()
    {
        var run = CliRun.Of(["backup", "--db", _temp.Database, "--out", _temp.File("b.db")]);

        Assert.Equal((1, $"factcheck backup: there is no database at {_temp.Database}. Nothing was written."), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void BackupThenRestore_BringsBackTheDatabaseAndKeepsTheReplacedOne()
    {
        AddUser("ada");
        var backup = _temp.File("b.db");
        CliRun.Of(["backup", "--db", _temp.Database, "--out", backup]);
        AddUser("later");

        var run = CliRun.Of(["restore", backup, "--db", _temp.Database]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Restored {backup} into {_temp.Database}.", run.Output);
        Assert.Contains($"The database it replaced is kept as {_temp.Database}.bak.", run.Output);
        Assert.Equal(["ada"], Users(_temp.Database));
        Assert.Equal(["ada", "later"], Users(_temp.Database + ".bak"));
    }

    [Fact]
    public void Restore_MalformedFile_SaysWhyAndChangesNothing()
    {
        AddUser("ada");
        var bad = _temp.File("verdicts.csv");
        File.WriteAllText(bad, "verdict_id,rating\n1,true\n");
        var before = File.ReadAllBytes(_temp.Database);

        var run = CliRun.Of(["restore", bad, "--db", _temp.Database]);

        Assert.Equal((1, $"factcheck restore: {bad} is not a FactCheck backup: it is not a LiteDB database file. Nothing was changed."), (run.ExitCode, run.Error.Trim()));
        Assert.Equal(before, File.ReadAllBytes(_temp.Database));
        Assert.False(File.Exists(_temp.Database + ".bak"));
    }

    [Fact]
    public void Restore_WhileTheAppHasTheDatabaseOpen_IsRefused()
    {
        AddUser("ada");
        var backup = _temp.File("b.db");
        CliRun.Of(["backup", "--db", _temp.Database, "--out", backup]);
        using var app = FactCheckDb.OpenFile(_temp.Database);

        var run = CliRun.Of(["restore", backup, "--db", _temp.Database]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is in use by another process", run.Error);
        Assert.EndsWith("Nothing was changed.", run.Error.Trim());
    }

    [Fact]
    public void Backup_DatabaseOpenButNoRunningApp_ExplainsInsteadOfCopyingUnsafely()
    {
        AddUser("ada");
        using var other = FactCheckDb.OpenFile(_temp.Database);

        var run = CliRun.Of(["backup", "--db", _temp.Database, "--out", _temp.File("b.db")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is open in another process, but", run.Error);
        Assert.False(File.Exists(_temp.File("b.db")));
    }

    public void Dispose() => _temp.Dispose();
}
