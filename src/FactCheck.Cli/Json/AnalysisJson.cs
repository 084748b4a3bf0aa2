using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Core;
using FactCheck.Core.Quotes;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Cli.Json;

/// Writes analyses as JSON: the full document for one article, and the one-line record format the scorer reads.
public static class AnalysisJson
{
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// The whole analysis, every field, offsets as [start, end).
    public static void WriteFull(Utf8JsonWriter w, ArticleAnalysis a)
    {
        var text = a.Text;
        w.WriteStartObject();
        w.WriteNumber("length", text.Length);
        WriteSpans(w, "paragraphs", a.Paragraphs);
        WriteSpans(w, "sentences", a.Sentences);
        w.WriteStartArray("quotes");
        foreach (var q in a.Quotes)
        {
            w.WriteStartObject();
            WriteSpanFields(w, q.Span);
            w.WriteString("text", text.Slice(q.Span));
            w.WriteString("kind", KindName(q.Kind));
            w.WriteNumber("group", q.Group);
            if (q.Speaker is { } s)
            {
                w.WriteStartObject("speaker");
                w.WriteString("name", s.Name);
                w.WriteBoolean("isNamed", s.IsNamed);
                WriteNullable(w, "role", s.Role);
                WriteNullable(w, "organization", s.Organization);
                WriteSpanObject(w, "mention", s.Mention, text);
                WriteNullable(w, "cue", s.Cue);
                WriteSpanObject(w, "cueSpan", s.CueSpan, null);
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
        {
            w.WriteStartObject();
            WriteSpanFields(w, c.Span);
            w.WriteString("text", text.Slice(c.Span));
            w.WriteNumber("score", Math.Round(c.Score, 4));
            WriteReasons(w, c.Reasons);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (var s in a.Sources)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteString("kind", SourceKindName(s.Kind));
            WriteNullable(w, "cue", s.Cue);
            WriteSpans(w, "mentions", s.Mentions);
            w.WriteStartArray("quotes");
            foreach (var i in s.QuoteIndexes)
                w.WriteNumberValue(i);
            w.WriteEndArray();
            w.WriteStartArray("claims");
            foreach (var i in s.ClaimIndexes)
                w.WriteNumberValue(i);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// The record format of `analyze --jsonl`, for the part of <paramref name="a"/> inside <paramref name="window"/>,
    /// with offsets relative to the window's start (a whole record when the analysis covers one record).
    public static void WriteRecord(Utf8JsonWriter w, JsonElement id, ArticleAnalysis a, TextSpan window, RecordOptions options)
    {
        var text = a.Text;
        var offset = window.Start;
        w.WriteStartObject();
        w.WritePropertyName("id");
        id.WriteTo(w);
        w.WriteStartArray("sentences");
        foreach (var s in a.Sentences)
        {
            if (!window.Contains(s))
                continue;
            w.WriteStartObject();
            w.WriteNumber("start", s.Start - offset);
            w.WriteNumber("end", s.End - offset);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var q in a.Quotes)
        {
            if (!window.Contains(q.Span) || (q.Kind == QuoteKind.Term && !options.IncludeTerms))
                continue;
            w.WriteStartObject();
            w.WriteNumber("start", q.Span.Start - offset);
            w.WriteNumber("end", q.Span.End - offset);
            w.WriteString("text", text.Slice(q.Span));
            var speaker = q.Speaker;
            WriteNullable(w, "speaker", speaker is null ? null : SpeakerText(text, speaker, options.SpeakerForm, q.Span.Start));
            WriteNullable(w, "role", speaker?.Role);
            WriteNullable(w, "cue", speaker?.Cue);
            w.WriteString("kind", KindName(q.Kind));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        var best = 0.0;
        w.WriteStartArray("claims");
        foreach (var c in a.Claims)
        {
            if (!window.Contains(c.Span))
                continue;
            best = Math.Max(best, c.Score);
            w.WriteStartObject();
            w.WriteNumber("start", c.Span.Start - offset);
            w.WriteNumber("end", c.Span.End - offset);
            w.WriteString("text", text.Slice(c.Span));
            w.WriteNumber("score", Math.Round(c.Score, 4));
            WriteReasons(w, c.Reasons);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (var s in a.Sources)
        {
            var any = false;
            foreach (var i in s.QuoteIndexes)
                any |= window.Contains(a.Quotes[i].Span);
            foreach (var i in s.ClaimIndexes)
                any |= window.Contains(a.Claims[i].Span);
            foreach (var m in s.Mentions)
                any |= window.Contains(m);
            if (!any)
                continue;
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteString("kind", SourceKindName(s.Kind));
            w.WriteStartArray("spans");
            foreach (var i in s.QuoteIndexes)
                WriteLinkedSpan(w, a.Quotes[i].Span, window, "quote");
            foreach (var i in s.ClaimIndexes)
                WriteLinkedSpan(w, a.Claims[i].Span, window, "claim");
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("score", Math.Round(best, 4));
        w.WriteEndObject();
    }

    /// The speaker as the record format gives it: the canonical name, or the words the text uses at the cue. When the
    /// cue's words are a pronoun ("she said"), the text's own words are those of the person's latest mention by name
    /// before the quote ("Lopez", or "Maria Lopez" where the given name is there too).
    public static string SpeakerText(string text, Speaker speaker, SpeakerForm form, int quoteStart)
    {
        if (form != SpeakerForm.Mention)
            return speaker.Name;
        if (speaker.Mention is { } m && !IsPronoun(text.AsSpan(m.Start, m.Length)))
            return text.Slice(m);
        return speaker.IsNamed ? LatestMentionByName(text, speaker.Name, quoteStart) ?? speaker.Name : speaker.Name;
    }

    private const int NameSearchWindow = 3000;

    private static string? LatestMentionByName(string text, string fullName, int before)
    {
        var space = fullName.LastIndexOf(' ');
        if (space <= 0)
            return null;
        var surname = fullName[(space + 1)..];
        var given = fullName[..fullName.IndexOf(' ')];
        var floor = Math.Max(0, before - NameSearchWindow);
        for (var at = before; at > floor;)
        {
            var i = text.LastIndexOf(surname, at - 1, at - floor, StringComparison.Ordinal);
            if (i < 0)
                return null;
            var end = i + surname.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
            {
                var g = i - given.Length - 1;
                return g >= 0 && text[i - 1] == ' ' && text.AsSpan(g, given.Length).SequenceEqual(given) ? text[g..end] : surname;
            }
            at = i;
        }
        return null;
    }

    private static bool IsPronoun(ReadOnlySpan<char> s) =>
        s is "he" or "she" or "He" or "She" or "they" or "They" or "it" or "It" or "we" or "We" or "I" or "his" or "her" or "His" or "Her" or "their" or "Their";

    private static void WriteLinkedSpan(Utf8JsonWriter w, TextSpan span, TextSpan window, string type)
    {
        if (!window.Contains(span))
            return;
        w.WriteStartObject();
        w.WriteNumber("start", span.Start - window.Start);
        w.WriteNumber("end", span.End - window.Start);
        w.WriteString("type", type);
        w.WriteEndObject();
    }

    private static void WriteReasons(Utf8JsonWriter w, IReadOnlyList<FactCheck.Core.Claims.ClaimReason> reasons)
    {
        w.WriteStartArray("reasons");
        foreach (var r in reasons)
        {
            w.WriteStartObject();
            w.WriteString("code", r.Code);
            w.WriteString("description", r.Description);
            w.WriteNumber("weight", Math.Round(r.Weight, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSpans(Utf8JsonWriter w, string name, IReadOnlyList<TextSpan> spans)
    {
        w.WriteStartArray(name);
        foreach (var s in spans)
        {
            w.WriteStartObject();
            WriteSpanFields(w, s);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSpanFields(Utf8JsonWriter w, TextSpan s)
    {
        w.WriteNumber("start", s.Start);
        w.WriteNumber("end", s.End);
    }

    private static void WriteSpanObject(Utf8JsonWriter w, string name, TextSpan? span, string? text)
    {
        if (span is not { } s)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        WriteSpanFields(w, s);
        if (text is not null)
            w.WriteString("text", text.Slice(s));
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
            w.WriteNull(name);
        else
            w.WriteString(name, value);
    }

    public static string KindName(QuoteKind kind) => kind == QuoteKind.Statement ? "statement" : "term";

    public static string SourceKindName(SourceKind kind) => kind switch
    {
        SourceKind.NewsOutlet => "news_outlet",
        SourceKind.GovernmentBody => "government_body",
        SourceKind.ThinkTankOrReport => "think_tank_or_report",
        SourceKind.Company => "company",
        SourceKind.SocialMedia => "social_media",
        SourceKind.Person => "person",
        SourceKind.Unnamed => "unnamed",
        _ => "organization",
    };
}

/// How the record format names a speaker.
public enum SpeakerForm
{
    /// The canonical full name ("Claudia Sheinbaum").
    Name,

    /// The words at the cue ("Sheinbaum", "the Vermont senator"); the canonical name for pronouns and follow-on quotes.
    Mention,
}

/// Options of the record format.
public sealed record RecordOptions(bool IncludeTerms, SpeakerForm SpeakerForm);
