using System.CommandLine;
using System.Globalization;
using FactCheck.Core.Accounts;
using FactCheck.Storage;

namespace FactCheck.Cli.Commands;

/// `factcheck users add USERNAME --role admin|editor|fact-checker [--display-name NAME] [--password PW] [--db PATH]`
/// and `factcheck users list [--db PATH]`. Without --password the password is read from standard input
/// (hidden when typed at a terminal), so it stays out of the shell history and the process list.
internal static class UsersCommand
{
    private static readonly Dictionary<string, Role> RoleNames = new(StringComparer.Ordinal)
    {
        ["admin"] = Role.Admin,
        ["editor"] = Role.Editor,
        ["fact-checker"] = Role.FactChecker,
    };

    public static Command Create(CliConsole console)
    {
        var users = new Command("users", "Add or list the people who can sign in. Works while the app is stopped; `list` also while it runs.");
        users.Subcommands.Add(Add(console));
        users.Subcommands.Add(List(console));
        return users;
    }

    private static Command Add(CliConsole console)
    {
        var userName = new Argument<string>("username") { Description = "Sign-in name: 2 to 64 letters, digits and . _ - @" };
        var role = new Option<string>("--role") { Description = "admin, editor or fact-checker.", Required = true };
        role.AcceptOnlyFromAmong([.. RoleNames.Keys]);
        var displayName = new Option<string?>("--display-name") { Description = "Name shown in the app (default: the user name)." };
        var password = new Option<string?>("--password") { Description = "The password; omit it to read it from standard input instead." };
        var db = DatabaseAccess.DatabaseOption();
        var command = new Command("add", "Create a user, for example the first admin of an unattended install.") { userName, role, displayName, password, db };
        command.SetAction(parse =>
        {
            var secret = parse.GetValue(password) ?? ReadPassword(console);
            var path = parse.GetValue(db)!;
            using var database = FactCheckDb.OpenFile(path);
            var (user, error) = new UserStore(database).Create(parse.GetValue(userName)!, parse.GetValue(displayName), RoleNames[parse.GetValue(role)!], secret ?? "", DateTime.UtcNow);
            if (user is null)
            {
                console.Error.WriteLine($"factcheck users add: {error} No user was added.");
                return 1;
            }
            console.Output.WriteLine($"Added {user.UserName} ({user.DisplayName}) as {user.Role.Label()} to {database.FilePath}.");
            return 0;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var db = DatabaseAccess.DatabaseOption();
        var command = new Command("list", "List users with their roles and whether they can sign in.") { db };
        command.SetAction(parse =>
        {
            using var access = DatabaseAccess.OpenForReading(parse.GetValue(db)!);
            var list = new UserStore(access.Db).List();
            if (list.Count == 0)
            {
                console.Error.WriteLine("factcheck users list: there are no users yet. Add the first admin with `factcheck users add NAME --role admin`, or open the app's /setup page.");
                return 0;
            }
            var width = list.Max(u => u.UserName.Length);
            foreach (var user in list)
            {
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{user.UserName.PadRight(width)}  {user.Role.Label(),-12}  {(user.IsActive ? "active  " : "inactive")}  {user.DisplayName}"));
            }
            return 0;
        });
        return command;
    }

    private static string? ReadPassword(CliConsole console)
    {
        if (!console.InteractiveInput)
            return console.Input.ReadLine();
        console.Error.Write("Password: ");
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        console.Error.WriteLine();
        return typed.ToString();
    }
}
