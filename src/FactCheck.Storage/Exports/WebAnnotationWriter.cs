using System.Text.Json;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;

namespace FactCheck.Storage.Exports;

/// A W3C Web Annotation (https://www.w3.org/TR/annotation-model/) collection with one annotation per
/// verdict, motivated by "assessing": the rating label is the assessing body, the rationale a commenting
/// body (Markdown) and the workflow status a tag. The target is the article (its public URL, or the
/// app's page for it) with a TextQuoteSelector and a TextPositionSelector. Positions count Unicode code
/// points of the article's stored plain text, as the model requires, not UTF-16 units; a span orphaned
/// by a revision has only the quote selector, since it has no position in the current text.
internal static class WebAnnotationWriter
{
    public static void Write(Stream stream, IReadOnlyList<ExportedVerdict> verdicts, DeskSettings desk, string baseUrl, string collectionId)
    {
        var offsets = new Dictionary<int, CodePointOffsets>();
        using var w = new Utf8JsonWriter(stream, ExportJson.Options);
        w.WriteStartObject();
        w.WriteString("@context", "http://www.w3.org/ns/anno.jsonld");
        w.WriteString("id", collectionId);
        w.WriteString("type", "AnnotationCollection");
        w.WriteString("label", $"Verdicts of {desk.OrganizationName}");
        w.WriteNumber("total", verdicts.Count);
        w.WriteStartObject("first");
        w.WriteString("id", collectionId + "#page-1");
        w.WriteString("type", "AnnotationPage");
        w.WriteNumber("startIndex", 0);
        w.WriteStartArray("items");
        foreach (var v in verdicts)
        {
            if (!offsets.TryGetValue(v.Article.Id, out var articleOffsets))
                offsets[v.Article.Id] = articleOffsets = new CodePointOffsets(v.Article.Text);
            WriteAnnotation(w, v, baseUrl, articleOffsets);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteAnnotation(Utf8JsonWriter w, ExportedVerdict e, string baseUrl, CodePointOffsets offsets)
    {
        var v = e.Verdict;
        var articleUrl = ExportJson.Trim(baseUrl) + "/articles/" + e.Article.Id;
        w.WriteStartObject();
        w.WriteString("id", $"{articleUrl}#verdict-{v.Id}");
        w.WriteString("type", "Annotation");
        w.WriteString("motivation", "assessing");
        w.WriteString("created", ExportJson.Timestamp(v.CreatedAt));
        w.WriteString("modified", ExportJson.Timestamp(v.UpdatedAt));
        w.WriteStartObject("creator");
        w.WriteString("type", "Person");
        w.WriteString("nickname", v.Checker);
        w.WriteEndObject();

        w.WriteStartArray("body");
        WriteBody(w, "assessing", e.RatingLabel, "text/plain");
        WriteBody(w, "commenting", v.Rationale, "text/markdown");
        WriteBody(w, "tagging", "status:" + v.Status.ToString().ToLowerInvariant(), "text/plain");
        w.WriteEndArray();

        var anchor = e.Span.Anchor;
        w.WriteStartObject("target");
        w.WriteString("source", string.IsNullOrWhiteSpace(e.Article.Url) ? articleUrl : e.Article.Url);
        w.WriteStartArray("selector");
        w.WriteStartObject();
        w.WriteString("type", "TextQuoteSelector");
        w.WriteString("exact", anchor.Exact);
        w.WriteString("prefix", CodePointOffsets.WholeCharacters(anchor.Prefix));
        w.WriteString("suffix", CodePointOffsets.WholeCharacters(anchor.Suffix));
        w.WriteEndObject();
        if (e.Span.Anchoring != AnchorState.Orphaned && anchor.End <= e.Article.Text.Length)
        {
            w.WriteStartObject();
            w.WriteString("type", "TextPositionSelector");
            w.WriteNumber("start", offsets.ToCodePoints(anchor.Start));
            w.WriteNumber("end", offsets.ToCodePoints(anchor.End));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter w, string purpose, string value, string format)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextualBody");
        w.WriteString("purpose", purpose);
        w.WriteString("value", value);
        w.WriteString("format", format);
        w.WriteEndObject();
    }
}
