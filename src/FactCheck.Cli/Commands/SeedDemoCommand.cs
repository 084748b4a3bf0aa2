using System.CommandLine;
using FactCheck.Cli.Demo;
using FactCheck.Storage;

namespace FactCheck.Cli.Commands;

/// `factcheck seed-demo --articles 5000 --verdicts 100000 [--db PATH] [--seed N]` fills a database with a
/// made-up desk, for trying the dashboard and measuring it at size.
public static class SeedDemoCommand
{
    public static Command Create(CliConsole console)
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to make.", DefaultValueFactory = _ => 200 };
        var verdicts = new Option<int>("--verdicts") { Description = "How many verdicts to spread over them.", DefaultValueFactory = _ => 2_000 };
        var db = new Option<string>("--db") { Description = "The database file (created when missing).", DefaultValueFactory = _ => "data/db/factcheck.db" };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed makes the same desk.", DefaultValueFactory = _ => 20260301 };
        var command = new Command("seed-demo", "Fill a database with a made-up desk: articles with claims and quotes, checkers, editors and verdicts in every status.")
        {
            articles, verdicts, db, seed,
        };
        command.SetAction(parse => Run(console, parse.GetValue(articles), parse.GetValue(verdicts), parse.GetValue(db)!, parse.GetValue(seed)));
        return command;
    }

    public static int Run(CliConsole console, int articles, int verdicts, string path, int seed)
    {
        if (articles < 1 || verdicts < 0)
        {
            console.Error.WriteLine("factcheck seed-demo: --articles must be at least 1 and --verdicts at least 0.");
            return 2;
        }
        using var database = FactCheckDb.OpenFile(path);
        if (new ArticleStore(database).IsEmpty() is false)
        {
            console.Error.WriteLine($"factcheck seed-demo: {path} already has articles; seed an empty database so the demo desk is not mixed with real work.");
            return 1;
        }
        var result = new DemoDesk(articles, verdicts, seed).WriteTo(database, new UserStore(database), DateTime.UtcNow, line => console.Error.WriteLine($"  {line}"));
        console.Output.WriteLine($"Seeded {Path.GetFullPath(path)}: {result.Articles:N0} articles, {result.Spans:N0} claims and quotes, {result.Verdicts:N0} verdicts " +
            $"({result.PairedClaims:N0} claims rated by two checkers) in {result.Elapsed.TotalSeconds:N0} s.");
        console.Output.WriteLine($"Sign in as a checker ({string.Join(", ", DemoDesk.Checkers)}) or an editor ({string.Join(", ", DemoDesk.Editors)}) with the password \"{DemoDesk.Password}\".");
        return 0;
    }
}
