using System.Text.Json;
using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Storage;

namespace FactCheck.Cli.Tests.Commands;

public class ExportCommandTests : IDisposable
{
    private const string Text = "Unemployment fell to 3.9% in May.";
    private readonly TempFolder _temp = new();

    /// An article with one claim whose verdict is published (when <paramref name="publish"/>) or a draft.
    private void MakeDesk(bool publish)
    {
        using var db = FactCheckDb.OpenFile(_temp.Database);
        var articles = new ArticleStore(db);
        var claim = new SpanSuggestion(SpanKind.Claim, TextAnchor.Create(Text, new(0, Text.Length)), 0.9, [], null, null);
        var articleId = articles.Add(new NewArticle("Jobs", Text, "Daily", "https://daily.example/jobs", new DateOnly(2026, 5, 1), "Sam"), new SpanSuggestions([claim], []), DateTime.UtcNow);
        var spanId = articles.Spans(articleId)[0].Id;
        var verdicts = new VerdictStore(db, new SettingsStore(db), new ScaleStore(db));
        var checker = new Actor("casey", Role.FactChecker);
        var editor = new Actor("eddie", Role.Editor);
        var v = verdicts.Save(spanId, checker, "mostly-true", "BLS says 4.0%.", null, DateTime.UtcNow).Verdict!;
        if (!publish)
            return;
        v = verdicts.Submit(v.Id, checker, v.Version, DateTime.UtcNow).Verdict!;
        v = verdicts.Approve(v.Id, editor, null, v.Version, DateTime.UtcNow).Verdict!;
        verdicts.Publish(v.Id, editor, v.Version, DateTime.UtcNow);
    }

    [Fact]
    public void Csv_EmptyDesk_SaysSoAndWritesNoFile()
    {
        using (FactCheckDb.OpenFile(_temp.Database))
        {
        }
        var output = _temp.File("verdicts.csv");

        var run = CliRun.Of(["export", "csv", "--db", _temp.Database, "--out", output]);

        Assert.Equal((1, "factcheck export: There are no verdicts to export: nobody has rated a claim or quote yet. Nothing was exported."), (run.ExitCode, run.Error.Trim()));
        Assert.False(File.Exists(output));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Csv_EmptyDesk_LeavesAnEarlierExportAlone()
    {
        using (FactCheckDb.OpenFile(_temp.Database))
        {
        }
        var output = _temp.File("verdicts.csv");
        File.WriteAllText(output, "yesterday's export");

        Assert.Equal(1, CliRun.Of(["export", "csv", "--db", _temp.Database, "--out", output]).ExitCode);

        Assert.Equal("yesterday's export", File.ReadAllText(output));
    }

    [Fact]
    public void ClaimReview_PublishedVerdict_WritesJsonLdWithTheBaseUrl()
    {
        MakeDesk(publish: true);
        var output = _temp.File("out/claimreview.jsonld");

        var run = CliRun.Of(["export", "claimreview", "--db", _temp.Database, "--out", output, "--base-url", "https://desk.example/"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Exported 1 verdict to {output}.", run.Error.Trim());
        var review = JsonDocument.Parse(File.ReadAllText(output)).RootElement.EnumerateArray().Single();
        Assert.Equal(("ClaimReview", Text, "Mostly true"),
            (review.GetProperty("@type").GetString(), review.GetProperty("claimReviewed").GetString(), review.GetProperty("reviewRating").GetProperty("alternateName").GetString()));
        Assert.StartsWith("https://desk.example/articles/", review.GetProperty("url").GetString());
    }

    [Fact]
    public void ClaimReview_DraftsOnly_SaysThereIsNothingPublished()
    {
        MakeDesk(publish: false);

        var run = CliRun.Of(["export", "claimreview", "--db", _temp.Database]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There are no published verdicts to export", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Annotations_ToStandardOutput_IsAnAnnotationCollection()
    {
        MakeDesk(publish: false);

        var run = CliRun.Of(["export", "annotations", "--db", _temp.Database]);

        Assert.Equal(0, run.ExitCode);
        var collection = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(("AnnotationCollection", 1), (collection.GetProperty("type").GetString(), collection.GetProperty("total").GetInt32()));
    }

    [Fact]
    public void Export_UnknownArticle_SaysSo()
    {
        MakeDesk(publish: true);

        var run = CliRun.Of(["export", "csv", "--db", _temp.Database, "--article", "99"]);

        Assert.Equal((1, "factcheck export: There is no article with id 99. Nothing was exported."), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Export_RelativeBaseUrl_IsRefused()
    {
        var run = CliRun.Of(["export", "csv", "--db", _temp.Database, "--base-url", "desk.example"]);

        Assert.Equal((1, "factcheck export: --base-url must be an absolute http(s) address, not \"desk.example\"."), (run.ExitCode, run.Error.Trim()));
    }

    public void Dispose() => _temp.Dispose();
}
