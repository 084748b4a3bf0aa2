using System.Text.Json;
using FactCheck.Storage.Exports;

namespace FactCheck.Storage.Tests.Exports;

public class WebAnnotationWriterTests : IDisposable
{
    private readonly ExportDesk _desk = new ExportDesk().Build();

    private JsonElement Collection() => JsonDocument.Parse(_desk.Export(ExportFormat.Annotations)).RootElement;

    private JsonElement AnnotationOf(int spanId, out JsonElement[] selectors)
    {
        var items = Collection().GetProperty("first").GetProperty("items").EnumerateArray();
        var annotation = items.Single(a => Exact(a) == _desk.Temp.Articles.FindSpan(spanId)!.Anchor.Exact);
        selectors = annotation.GetProperty("target").GetProperty("selector").EnumerateArray().ToArray();
        return annotation;
    }

    private static string? Exact(JsonElement a) => a.GetProperty("target").GetProperty("selector")[0].GetProperty("exact").GetString();

    [Fact]
    public void Write_Desk_IsAnAnnotationCollectionWithOneAnnotationPerVerdict()
    {
        var collection = Collection();

        Assert.Equal("http://www.w3.org/ns/anno.jsonld", collection.GetProperty("@context").GetString());
        Assert.Equal(("AnnotationCollection", "https://desk.example/export/annotations.jsonld", 4),
            (collection.GetProperty("type").GetString(), collection.GetProperty("id").GetString(), collection.GetProperty("total").GetInt32()));
        var page = collection.GetProperty("first");
        Assert.Equal("AnnotationPage", page.GetProperty("type").GetString());
        Assert.All(page.GetProperty("items").EnumerateArray(), a =>
            Assert.Equal(("Annotation", "assessing"), (a.GetProperty("type").GetString(), a.GetProperty("motivation").GetString())));
    }

    [Fact]
    public void Write_Verdict_BodyIsRatingRationaleAndStatus()
    {
        var annotation = AnnotationOf(_desk.PersonQuoteId, out _);

        var bodies = annotation.GetProperty("body").EnumerateArray()
            .Select(b => (b.GetProperty("type").GetString(), b.GetProperty("purpose").GetString(), b.GetProperty("value").GetString(), b.GetProperty("format").GetString()));
        Assert.Equal(
            [("TextualBody", "assessing", "Mostly true", "text/plain"), ("TextualBody", "commenting", "The city hired 480.", "text/markdown"), ("TextualBody", "tagging", "status:published", "text/plain")],
            bodies);
        Assert.Equal("casey", annotation.GetProperty("creator").GetProperty("nickname").GetString());
        Assert.Equal("https://daily.example/crime", annotation.GetProperty("target").GetProperty("source").GetString());
    }

    [Fact]
    public void Write_SpanAfterAnEmoji_PositionsCountCodePointsNotUtf16Units()
    {
        var span = ExportDesk.Find("We hired 500 officers,");

        AnnotationOf(_desk.PersonQuoteId, out var selectors);

        var quote = selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
        Assert.Equal("We hired 500 officers,", quote.GetProperty("exact").GetString());
        Assert.EndsWith("across the city. \"", quote.GetProperty("prefix").GetString());
        Assert.StartsWith("\" said Mayor", quote.GetProperty("suffix").GetString());
        var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
        // "🚓" is two UTF-16 units but one code point.
        Assert.Equal((span.Start - 1, span.Start - 1 + span.Length), (position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32()));
        var codePoints = ExportDesk.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.Equal("We hired 500 officers,", string.Concat(codePoints[position.GetProperty("start").GetInt32()..position.GetProperty("end").GetInt32()]));
    }

    [Fact]
    public void Write_SpanBeforeTheEmoji_PositionsEqualTheStoredOffsets()
    {
        AnnotationOf(_desk.ClaimId, out var selectors);

        var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
        Assert.Equal((0, ExportDesk.Find("Crime fell 20% in 2024 🚓 across the city.").Length - 1),
            (position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32()));
    }

    public void Dispose() => _desk.Dispose();
}
