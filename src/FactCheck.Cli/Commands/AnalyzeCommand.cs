using System.CommandLine;
using System.Text;
using System.Text.Json;
using FactCheck.Cli.Json;
using FactCheck.Core;
using FactCheck.Core.Text;

namespace FactCheck.Cli.Commands;

/// `factcheck analyze FILE|-` prints one article's analysis as JSON; `factcheck analyze --jsonl` analyses
/// `{"id","text"}` lines from standard input and writes one record per line, in the format the scorer reads.
public static class AnalyzeCommand
{
    private static readonly JsonElement NullId = JsonDocument.Parse("null").RootElement.Clone();

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("file")
        {
            Description = "The article as a UTF-8 text file, or - to read it from standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read {\"id\",\"text\"} lines from standard input; write one JSON record per line.",
        };
        var articles = new Option<bool>("--articles")
        {
            Description = "With --jsonl: analyse the records that share a \"doc\" as one article, joined with \\n in \"paragraph\" order, then report per record.",
        };
        var terms = new Option<bool>("--terms")
        {
            Description = "With --jsonl: also list quoted terms (scare quotes, titles, nicknames), not only statements.",
        };
        var speaker = new Option<SpeakerForm>("--speaker")
        {
            Description = "With --jsonl: name speakers by their canonical full name (Name) or by the words at the cue (Mention).",
            DefaultValueFactory = _ => SpeakerForm.Mention,
        };
        var command = new Command("analyze", "Find sentences, quotes with speakers, claims and cited sources in an article.")
        {
            file, jsonl, articles, terms, speaker,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            if (parse.GetValue(jsonl))
            {
                var options = new RecordOptions(parse.GetValue(terms), parse.GetValue(speaker));
                return parse.GetValue(articles) ? RunArticles(console, options) : RunRecords(console, options);
            }
            if (string.IsNullOrEmpty(path))
            {
                console.Error.WriteLine("factcheck analyze: give a FILE, - for standard input, or --jsonl.");
                return 2;
            }
            return RunFile(console, path);
        });
        return command;
    }

    private static int RunFile(CliConsole console, string path)
    {
        string text;
        try
        {
            text = path == "-" ? console.Input.ReadToEnd() : File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"factcheck analyze: cannot read {path}: {e.Message}");
            return 1;
        }
        var analysis = ArticleAnalyzer.Default.Analyze(text);
        console.Output.WriteLine(Serialize(w => AnalysisJson.WriteFull(w, analysis), AnalysisJson.Indented));
        return 0;
    }

    private static int RunRecords(CliConsole console, RecordOptions options)
    {
        var lineNumber = 0;
        while (console.Input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (!TryRead(line, out var record, out var error))
            {
                WriteError(console, lineNumber, record.Id, error);
                continue;
            }
            try
            {
                var analysis = ArticleAnalyzer.Default.Analyze(record.Text);
                console.Output.WriteLine(Serialize(w => AnalysisJson.WriteRecord(w, record.Id, analysis, new TextSpan(0, record.Text.Length), options), AnalysisJson.Compact));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                WriteError(console, lineNumber, record.Id, e.Message);
            }
        }
        // a bad record is reported in its own line and on standard error; the run itself succeeded
        return 0;
    }

    /// Whole-article mode: records of one doc are analysed together, so speakers named in earlier paragraphs count.
    private static int RunArticles(CliConsole console, RecordOptions options)
    {
        var lines = new List<(int Number, Record Record, string? Error)>();
        var lineNumber = 0;
        while (console.Input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            lines.Add(TryRead(line, out var record, out var error) ? (lineNumber, record, null) : (lineNumber, record, error));
        }
        var outputs = new string?[lines.Count];
        var docs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Error is not null)
                continue;
            var key = lines[i].Record.Doc ?? "\0line" + i;
            if (!docs.TryGetValue(key, out var members))
            {
                docs[key] = members = [];
                order.Add(key);
            }
            members.Add(i);
        }
        foreach (var key in order)
        {
            var members = docs[key];
            members.Sort((a, b) => lines[a].Record.Paragraph.CompareTo(lines[b].Record.Paragraph));
            var builder = new StringBuilder();
            var windows = new TextSpan[members.Count];
            for (var m = 0; m < members.Count; m++)
            {
                if (m > 0)
                    builder.Append('\n');
                var t = lines[members[m]].Record.Text;
                windows[m] = new TextSpan(builder.Length, t.Length);
                builder.Append(t);
            }
            try
            {
                var analysis = ArticleAnalyzer.Default.Analyze(builder.ToString());
                for (var m = 0; m < members.Count; m++)
                {
                    var record = lines[members[m]].Record;
                    outputs[members[m]] = Serialize(w => AnalysisJson.WriteRecord(w, record.Id, analysis, windows[m], options), AnalysisJson.Compact);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                foreach (var m in members)
                    lines[m] = lines[m] with { Error = e.Message };
            }
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Error is { } error)
            {
                WriteError(console, lines[i].Number, lines[i].Record.Id, error);
            }
            else
            {
                console.Output.WriteLine(outputs[i]);
            }
        }
        return 0;
    }

    private readonly record struct Record(JsonElement Id, string Text, string? Doc, int Paragraph);

    private static bool TryRead(string line, out Record record, out string error)
    {
        record = new Record(NullId, "", null, 0);
        error = "";
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "the line is not a JSON object";
                return false;
            }
            var id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : NullId;
            record = record with { Id = id };
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                error = "the record has no \"text\" string";
                return false;
            }
            var docName = root.TryGetProperty("doc", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var paragraph = root.TryGetProperty("paragraph", out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var pi) ? pi : 0;
            record = new Record(id, textElement.GetString()!, docName, paragraph);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            error = $"invalid JSON: {e.Message}";
            return false;
        }
    }

    private static void WriteError(CliConsole console, int lineNumber, JsonElement id, string message)
    {
        console.Error.WriteLine($"factcheck analyze: line {lineNumber}: {message}");
        console.Output.WriteLine(Serialize(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("id");
            id.WriteTo(w);
            w.WriteString("error", message);
            w.WriteEndObject();
        }, AnalysisJson.Compact));
    }

    private static string Serialize(Action<Utf8JsonWriter> write, JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
            write(writer);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
