using FactCheck.Core.Accounts;
using FactCheck.Storage;

namespace FactCheck.Cli.Tests.Commands;

public class UsersCommandTests : IDisposable
{
    private const string Password = "correct horse battery";
    private readonly TempFolder _temp = new();

    [Fact]
    public void Add_AdminWithPasswordOnStandardInput_CanSignIn()
    {
        var run = CliRun.Of(["users", "add", "ada", "--role", "admin", "--display-name", "Ada Admin", "--db", _temp.Database], Password + "\n");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal($"Added ada (Ada Admin) as Admin to {_temp.Database}.", run.Output.Trim());
        using var db = FactCheckDb.OpenFile(_temp.Database);
        var signIn = new UserStore(db).CheckPassword("ada", Password, DateTime.UtcNow);
        Assert.Equal((SignInOutcome.Succeeded, Role.Admin), (signIn.Outcome, signIn.User!.Role));
    }

    [Theory]
    [InlineData("fact-checker", Role.FactChecker)]
    [InlineData("editor", Role.Editor)]
    [InlineData("admin", Role.Admin)]
    public void Add_EachRole_IsStored(string role, Role expected)
    {
        var run = CliRun.Of(["users", "add", "pat", "--role", role, "--password", Password, "--db", _temp.Database]);

        Assert.Equal(0, run.ExitCode);
        using var db = FactCheckDb.OpenFile(_temp.Database);
        Assert.Equal(expected, new UserStore(db).Find("pat")!.Role);
    }

    [Fact]
    public void Add_UnknownRole_IsRefusedNamingTheRoles()
    {
        var run = CliRun.Of(["users", "add", "pat", "--role", "boss", "--password", Password, "--db", _temp.Database]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Argument 'boss' not recognized. Must be one of:", run.Error);
        Assert.Contains("'fact-checker'", run.Error);
        Assert.False(File.Exists(_temp.Database));
    }

    [Theory]
    [InlineData("short\n", "Password must be at least 8 characters. No user was added.")]
    [InlineData("", "Password is required. No user was added.")]
    public void Add_BadPassword_SaysWhyAndAddsNobody(string input, string message)
    {
        var run = CliRun.Of(["users", "add", "pat", "--role", "editor", "--db", _temp.Database], input);

        Assert.Equal((1, $"factcheck users add: {message}"), (run.ExitCode, run.Error.Trim()));
        using var db = FactCheckDb.OpenFile(_temp.Database);
        Assert.False(new UserStore(db).Any());
    }

    [Fact]
    public void Add_TakenName_IsRefused()
    {
        CliRun.Of(["users", "add", "pat", "--role", "editor", "--password", Password, "--db", _temp.Database]);

        var run = CliRun.Of(["users", "add", "PAT", "--role", "admin", "--password", Password, "--db", _temp.Database]);

        Assert.Equal((1, "factcheck users add: The user name PAT is taken. No user was added."), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Add_WhileAnotherProcessHasTheDatabaseOpen_IsRefusedAndChangesNothing()
    {
        using var open = FactCheckDb.OpenFile(_temp.Database);

        var run = CliRun.Of(["users", "add", "pat", "--role", "admin", "--password", Password, "--db", _temp.Database]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"factcheck: The database {_temp.Database} is in use by another process", run.Error);
        Assert.False(new UserStore(open).Any());
    }

    [Fact]
    public void List_Users_ShowsNamesRolesAndState()
    {
        CliRun.Of(["users", "add", "ada", "--role", "admin", "--display-name", "Ada Admin", "--password", Password, "--db", _temp.Database]);
        CliRun.Of(["users", "add", "casey", "--role", "fact-checker", "--password", Password, "--db", _temp.Database]);

        var run = CliRun.Of(["users", "list", "--db", _temp.Database]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["ada    Admin         active    Ada Admin", "casey  Fact-checker  active    casey"], run.Output.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void List_NoDatabase_SaysWhereItLooked()
    {
        var run = CliRun.Of(["users", "list", "--db", _temp.Database]);

        Assert.Equal((1, $"factcheck: There is no database at {_temp.Database}. Give the right --db, or start the app once to create it."), (run.ExitCode, run.Error.Trim()));
    }

    public void Dispose() => _temp.Dispose();
}
