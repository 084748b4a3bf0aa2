using System.Text.Json;

namespace FactCheck.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    private const string Sample = "000_7f16efee4f0479e9";

    [Fact]
    public void Analyze_File_PrintsTheAnalysisAsJson()
    {
        var run = CliRun.Of(["analyze", CliRun.SamplePath(Sample)]);

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var statements = doc.RootElement.GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("kind").GetString() == "statement").ToArray();
        Assert.Equal(
            ["Donald Trump", "Claudia Sheinbaum", "Claudia Sheinbaum", "a cartel leader"],
            statements.Select(q => q.GetProperty("speaker").GetProperty("name").GetString()));
        Assert.Contains(doc.RootElement.GetProperty("sources").EnumerateArray(), s => s.GetProperty("name").GetString() == "The Wall Street Journal");
        Assert.NotEmpty(doc.RootElement.GetProperty("claims").EnumerateArray());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Analyze_Dash_ReadsTheArticleFromStandardInput()
    {
        var run = CliRun.Of(["analyze", "-"], "\u201CWe will win,\u201D Mayor Ana Ruiz said.");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var quote = Assert.Single(doc.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("We will win,", quote.GetProperty("text").GetString());
        Assert.Equal(1, quote.GetProperty("start").GetInt32());
        Assert.Equal("Ana Ruiz", quote.GetProperty("speaker").GetProperty("name").GetString());
    }

    [Fact]
    public void Analyze_MissingFile_ReportsTheErrorWithoutAStackTrace()
    {
        var run = CliRun.Of(["analyze", "/no/such/article.txt"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read /no/such/article.txt", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Analyze_NoFileAndNoJsonl_SaysWhatToGive()
    {
        var run = CliRun.Of(["analyze"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jsonl", run.Error);
    }

    [Fact]
    public void Analyze_Jsonl_WritesOneRecordPerLineInTheScorersFormat()
    {
        var input = """
            {"id": "a", "text": "\u201CWe will win,\u201D Mayor Ana Ruiz said. Taxes rose 4% in 2024."}
            {"id": 7, "text": "No quotes here."}
            """;

        var run = CliRun.Of(["analyze", "--jsonl"], input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        using var first = JsonDocument.Parse(run.OutputLines[0]);
        var record = first.RootElement;
        Assert.Equal(["id", "sentences", "quotes", "claims", "sources", "score"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("a", record.GetProperty("id").GetString());
        var quote = Assert.Single(record.GetProperty("quotes").EnumerateArray());
        Assert.Equal(["start", "end", "text", "speaker", "role", "cue", "kind"], quote.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, 13, "We will win,"), (quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32(), quote.GetProperty("text").GetString()));
        Assert.Equal("Mayor Ana Ruiz", quote.GetProperty("speaker").GetString());
        Assert.Equal("Mayor", quote.GetProperty("role").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetString());
        Assert.Equal("statement", quote.GetProperty("kind").GetString());
        var claims = record.GetProperty("claims").EnumerateArray().ToArray();
        Assert.Equal(["start", "end", "text", "score", "reasons"], claims[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(claims.Max(c => c.GetProperty("score").GetDouble()), record.GetProperty("score").GetDouble());
        using var second = JsonDocument.Parse(run.OutputLines[1]);
        Assert.Equal(7, second.RootElement.GetProperty("id").GetInt32());
    }

    [Fact]
    public void Analyze_JsonlWithSpeakerName_GivesCanonicalNames()
    {
        var input = """{"id": "a", "text": "Mayor Ana Ruiz spoke. \u201CWe will win,\u201D Ruiz said."}""";

        var run = CliRun.Of(["analyze", "--jsonl", "--speaker", "Name"], input);

        using var doc = JsonDocument.Parse(run.OutputLines[0]);
        Assert.Equal("Ana Ruiz", doc.RootElement.GetProperty("quotes")[0].GetProperty("speaker").GetString());
    }

    [Fact]
    public void Analyze_JsonlTerms_AreListedOnlyWhenAskedFor()
    {
        var input = """{"id": "a", "text": "The so-called \u201Creform\u201D passed."}""";

        var without = CliRun.Of(["analyze", "--jsonl"], input);
        var with = CliRun.Of(["analyze", "--jsonl", "--terms"], input);

        using var a = JsonDocument.Parse(without.OutputLines[0]);
        using var b = JsonDocument.Parse(with.OutputLines[0]);
        Assert.Empty(a.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("term", Assert.Single(b.RootElement.GetProperty("quotes").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public void Analyze_JsonlBadLines_GiveErrorObjectsAndTheRunGoesOn()
    {
        var input = """
            {"id": "ok1", "text": "One sentence."}
            {not json
            {"id": "no-text"}
            {"id": "number", "text": 42}
            [1, 2]
            {"id": "ok2", "text": "Another sentence."}
            """;

        var run = CliRun.Of(["analyze", "--jsonl"], input);

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(6, lines.Length);
        Assert.Equal("ok1", lines[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("id").ValueKind);
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal("no-text", lines[2].GetProperty("id").GetString());
        Assert.Contains("text", lines[2].GetProperty("error").GetString());
        Assert.Equal("number", lines[3].GetProperty("id").GetString());
        Assert.True(lines[4].TryGetProperty("error", out _));
        Assert.Equal("ok2", lines[5].GetProperty("id").GetString());
        var messages = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, messages.Length);
        Assert.Contains("line 2", messages[0]);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Analyze_JsonlArticles_AnalysesTheParagraphsOfADocTogether()
    {
        // paragraph 1 comes first in the file, but the speaker is named in paragraph 0
        var input = """
            {"id": "d:p1", "doc": "d", "paragraph": 1, "text": "\u201CWe need these jobs,\u201D she said."}
            {"id": "d:p0", "doc": "d", "paragraph": 0, "text": "Governor Maria Lopez toured the plant."}
            {"id": "e:p0", "doc": "e", "paragraph": 0, "text": "\u201CNo,\u201D he said."}
            """;

        var run = CliRun.Of(["analyze", "--jsonl", "--articles"], input);

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["d:p1", "d:p0", "e:p0"], lines.Select(l => l.GetProperty("id").GetString()));
        var quote = Assert.Single(lines[0].GetProperty("quotes").EnumerateArray());
        Assert.Equal((1, 20), (quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32()));
        Assert.Equal("Maria Lopez", quote.GetProperty("speaker").GetString());
        Assert.Empty(lines[1].GetProperty("quotes").EnumerateArray());
        Assert.Equal("he", lines[2].GetProperty("quotes")[0].GetProperty("speaker").GetString());
    }

    [Fact]
    public void Analyze_JsonlPronounSpeaker_GivesTheWordsOfTheLatestMentionByName()
    {
        var input = """
            {"id": "a", "text": "Governor Maria Lopez toured the plant. Lopez spoke to the workers first.\n\u201CWe need these jobs,\u201D she said."}
            {"id": "b", "text": "Governor Maria Lopez toured the plant.\n\u201CWe need these jobs,\u201D she said."}
            """;

        var run = CliRun.Of(["analyze", "--jsonl"], input);

        Assert.Equal(0, run.ExitCode);
        var speakers = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("quotes")[0].GetProperty("speaker").GetString());
        Assert.Equal(["Lopez", "Maria Lopez"], speakers);
    }

    [Fact]
    public void Help_ListsTheAnalyzeCommand()
    {
        var run = CliRun.Of(["--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("analyze", run.Output);
    }
}
