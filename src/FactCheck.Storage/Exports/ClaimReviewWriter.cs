using System.Text.Json;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Core.Sources;

namespace FactCheck.Storage.Exports;

/// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview, with the properties Google's fact-check
/// rich result reads): a JSON array with one self-contained ClaimReview per published verdict, each with
/// its own @context so it can be embedded on its own.
/// A rating without a ClaimReview value (Unverifiable, Verdict pending) keeps its label in
/// reviewRating.alternateName, which is what search results show, and leaves out ratingValue,
/// bestRating and worstRating rather than invent a number.
internal static class ClaimReviewWriter
{
    public const int BestRating = 5;
    public const int WorstRating = 1;

    public static void Write(Stream stream, IReadOnlyList<ExportedVerdict> verdicts, DeskSettings desk, string baseUrl)
    {
        using var w = new Utf8JsonWriter(stream, ExportJson.Options);
        w.WriteStartArray();
        foreach (var v in verdicts)
            WriteReview(w, v, desk, baseUrl);
        w.WriteEndArray();
    }

    private static void WriteReview(Utf8JsonWriter w, ExportedVerdict v, DeskSettings desk, string baseUrl)
    {
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "ClaimReview");
        w.WriteString("url", ExportJson.SpanUrl(baseUrl, v.Article.Id, v.Span.Id));
        w.WriteString("claimReviewed", v.Span.Anchor.Exact);
        if (v.Verdict.PublishedAt is { } published)
            w.WriteString("datePublished", ExportJson.Timestamp(published));

        w.WriteStartObject("author");
        w.WriteString("@type", "Organization");
        w.WriteString("name", desk.OrganizationName);
        w.WriteIfPresent("url", desk.OrganizationUrl);
        w.WriteEndObject();

        w.WriteStartObject("reviewRating");
        w.WriteString("@type", "Rating");
        if (v.Rating?.ClaimReviewValue is { } value)
        {
            w.WriteNumber("ratingValue", value);
            w.WriteNumber("bestRating", BestRating);
            w.WriteNumber("worstRating", WorstRating);
        }
        w.WriteString("alternateName", v.RatingLabel);
        w.WriteEndObject();

        w.WriteStartObject("itemReviewed");
        w.WriteString("@type", "Claim");
        WriteClaimAuthor(w, v);
        if (v.Article.PublishedOn is { } day)
            w.WriteString("datePublished", ExportJson.Date(day));
        w.WriteStartObject("appearance");
        w.WriteString("@type", "CreativeWork");
        w.WriteIfPresent("url", v.Article.Url);
        w.WriteString("headline", v.Article.Title);
        if (v.Article.PublishedOn is { } appeared)
            w.WriteString("datePublished", ExportJson.Date(appeared));
        if (!string.IsNullOrWhiteSpace(v.Article.Outlet))
            WriteAgent(w, "publisher", "Organization", v.Article.Outlet);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteEndObject();
    }

    /// The claim's author: a quote's speaker; for a claim the article makes itself, its byline, or the
    /// outlet when it has none. A quote whose speaker the engine could not find has no author: the
    /// journalist who reported it did not say it.
    private static void WriteClaimAuthor(Utf8JsonWriter w, ExportedVerdict v)
    {
        if (v.Span.Speaker is { } speaker)
        {
            if (SpeaksForOrganization(v.Article, speaker.Name))
            {
                WriteAgent(w, "author", "Organization", speaker.Name);
                return;
            }
            w.WriteStartObject("author");
            w.WriteString("@type", "Person");
            w.WriteString("name", speaker.Name);
            w.WriteIfPresent("jobTitle", speaker.Role);
            if (!string.IsNullOrWhiteSpace(speaker.Organization))
                WriteAgent(w, "affiliation", "Organization", speaker.Organization);
            w.WriteEndObject();
        }
        else if (v.Span.Kind == SpanKind.Claim)
        {
            if (!string.IsNullOrWhiteSpace(v.Article.Author))
                WriteAgent(w, "author", "Person", v.Article.Author);
            else if (!string.IsNullOrWhiteSpace(v.Article.Outlet))
                WriteAgent(w, "author", "Organization", v.Article.Outlet);
        }
    }

    /// The engine names an organisation as a speaker by the organisation's name; the article's cited
    /// sources say which names are organisations.
    private static bool SpeaksForOrganization(Article article, string name) =>
        article.Sources.Any(s => s.Kind is not (SourceKind.Person or SourceKind.Unnamed)
            && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    private static void WriteAgent(Utf8JsonWriter w, string property, string type, string name)
    {
        w.WriteStartObject(property);
        w.WriteString("@type", type);
        w.WriteString("name", name);
        w.WriteEndObject();
    }
}
