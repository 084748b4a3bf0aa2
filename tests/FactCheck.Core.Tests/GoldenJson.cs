using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Core.Quotes;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests;

/// The golden-file view of an analysis: every span with its text, so that a diff reads as prose. Claim scores and
/// reasons are left out on purpose: they belong to the check-worthiness model, whose own tests cover them.
internal static class GoldenJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ArticleAnalysis a)
    {
        var text = a.Text;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("sentences");
            foreach (var s in a.Sentences)
                WriteSpan(w, text, s);
            w.WriteEndArray();
            w.WriteStartArray("quotes");
            foreach (var q in a.Quotes)
            {
                w.WriteStartObject();
                w.WriteString("span", $"{q.Span.Start}-{q.Span.End}");
                w.WriteString("text", text.Slice(q.Span));
                w.WriteString("kind", q.Kind == QuoteKind.Statement ? "statement" : "term");
                w.WriteNumber("group", q.Group);
                if (q.Speaker is { } s)
                {
                    w.WriteStartObject("speaker");
                    w.WriteString("name", s.Name);
                    w.WriteBoolean("isNamed", s.IsNamed);
                    w.WriteString("role", s.Role);
                    w.WriteString("organization", s.Organization);
                    w.WriteString("mention", s.Mention is { } m ? text.Slice(m) : null);
                    w.WriteString("cue", s.Cue);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("speaker");
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("claims");
            foreach (var c in a.Claims)
                WriteSpan(w, text, c.Span);
            w.WriteEndArray();
            w.WriteStartArray("sources");
            foreach (var s in a.Sources)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                w.WriteString("kind", s.Kind.ToString());
                w.WriteString("cue", s.Cue);
                w.WriteStartArray("mentions");
                foreach (var m in s.Mentions)
                    w.WriteStringValue(text.Slice(m));
                w.WriteEndArray();
                w.WriteStartArray("quotes");
                foreach (var i in s.QuoteIndexes)
                    w.WriteStringValue($"{i}: {text.Slice(a.Quotes[i].Span)}");
                w.WriteEndArray();
                w.WriteStartArray("claims");
                foreach (var i in s.ClaimIndexes)
                    w.WriteStringValue($"{i}: {text.Slice(a.Claims[i].Span)}");
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteSpan(Utf8JsonWriter w, string text, TextSpan s) =>
        w.WriteStringValue($"{s.Start}-{s.End}: {text.Slice(s)}");
}
