using System.CommandLine;
using FactCheck.Storage;
using FactCheck.Storage.Exports;

namespace FactCheck.Cli.Commands;

/// `factcheck export claimreview|csv|annotations [--db PATH] [--out FILE] [--base-url URL] [--article ID]`:
/// the same files the app's export downloads give, to a file or standard output. Works while the app runs
/// (from a consistent snapshot it makes). With nothing to export it says so and writes nothing.
internal static class ExportCommand
{
    public const string DefaultBaseUrl = "http://localhost:5080";

    private static readonly Dictionary<string, ExportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["claimreview"] = ExportFormat.ClaimReview,
        ["csv"] = ExportFormat.Csv,
        ["annotations"] = ExportFormat.Annotations,
    };

    public static Command Create(CliConsole console)
    {
        var format = new Argument<string>("format") { Description = "claimreview (published verdicts as schema.org ClaimReview JSON-LD), csv (every verdict) or annotations (W3C Web Annotation JSON-LD)." };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var db = DatabaseAccess.DatabaseOption();
        var output = new Option<string?>("--out") { Description = "Write to this file (replaced only when the export succeeds); default: standard output." };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = $"Public address of the desk's FactCheck, used in ClaimReview urls and annotation ids (default: {DefaultBaseUrl}).",
            DefaultValueFactory = _ => DefaultBaseUrl,
        };
        var article = new Option<int?>("--article") { Description = "Export only this article's verdicts." };
        var command = new Command("export", "Export verdicts as ClaimReview JSON-LD, CSV or Web Annotations.") { format, db, output, baseUrl, article };
        command.SetAction(parse =>
        {
            var url = parse.GetValue(baseUrl)!;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                console.Error.WriteLine($"factcheck export: --base-url must be an absolute http(s) address, not \"{url}\".");
                return 1;
            }
            using var access = DatabaseAccess.OpenForReading(parse.GetValue(db)!);
            var exporter = new DeskExporter(new ExportQuery(access.Db, new ScaleStore(access.Db)), new SettingsStore(access.Db), new ArticleStore(access.Db));
            var file = exporter.Prepare(Formats[parse.GetValue(format)!], url, parse.GetValue(article));
            if (file.Problem is { } problem)
            {
                console.Error.WriteLine($"factcheck export: {problem}");
                return 1;
            }
            if (parse.GetValue(output) is { } path)
            {
                var target = Path.GetFullPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var partial = target + ".partial";
                using (var stream = File.Create(partial))
                    file.WriteTo(stream);
                File.Move(partial, target, overwrite: true);
                console.Error.WriteLine($"Exported {file.Verdicts.Count} verdict{(file.Verdicts.Count == 1 ? "" : "s")} to {target}.");
            }
            else
            {
                console.Output.Flush();
                using var buffer = new MemoryStream();
                file.WriteTo(buffer);
                console.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
            return 0;
        });
        return command;
    }
}
