using System.Text.Json;
using FactCheck.Storage.Exports;

namespace FactCheck.Storage.Tests.Exports;

public class ClaimReviewWriterTests : IDisposable
{
    private readonly ExportDesk _desk = new ExportDesk().Build();

    private JsonElement[] Reviews() => JsonDocument.Parse(_desk.Export(ExportFormat.ClaimReview)).RootElement.EnumerateArray().ToArray();

    private JsonElement ReviewOf(int spanId) => Reviews().Single(r => r.GetProperty("url").GetString()!.EndsWith($"#span-{spanId}", StringComparison.Ordinal));

    [Fact]
    public void Write_PublishedVerdicts_OneClaimReviewEachAndNoDrafts()
    {
        var reviews = Reviews();

        Assert.Equal(3, reviews.Length);
        Assert.All(reviews, r => Assert.Equal(("https://schema.org", "ClaimReview"), (r.GetProperty("@context").GetString(), r.GetProperty("@type").GetString())));
        Assert.DoesNotContain(reviews, r => r.GetProperty("claimReviewed").GetString()!.Contains("=SUM", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_QuoteByAPerson_HasEveryFieldGoogleAndTheIssueName()
    {
        var r = ReviewOf(_desk.PersonQuoteId);

        Assert.Equal($"https://desk.example/articles/{_desk.ArticleId}#span-{_desk.PersonQuoteId}", r.GetProperty("url").GetString());
        Assert.Equal("We hired 500 officers,", r.GetProperty("claimReviewed").GetString());
        Assert.Equal("2026-03-04T05:06:07Z", r.GetProperty("datePublished").GetString());
        var author = r.GetProperty("author");
        Assert.Equal(("Organization", "Truth Desk", "https://truthdesk.example"),
            (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString(), author.GetProperty("url").GetString()));
        var rating = r.GetProperty("reviewRating");
        Assert.Equal(("Rating", 4, 5, 1, "Mostly true"),
            (rating.GetProperty("@type").GetString(), rating.GetProperty("ratingValue").GetInt32(), rating.GetProperty("bestRating").GetInt32(),
             rating.GetProperty("worstRating").GetInt32(), rating.GetProperty("alternateName").GetString()));
        var claim = r.GetProperty("itemReviewed");
        Assert.Equal(("Claim", "2026-02-01"), (claim.GetProperty("@type").GetString(), claim.GetProperty("datePublished").GetString()));
        var speaker = claim.GetProperty("author");
        Assert.Equal(("Person", "Jane Roe", "Mayor", "City Hall"),
            (speaker.GetProperty("@type").GetString(), speaker.GetProperty("name").GetString(), speaker.GetProperty("jobTitle").GetString(),
             speaker.GetProperty("affiliation").GetProperty("name").GetString()));
        var appearance = claim.GetProperty("appearance");
        Assert.Equal(("CreativeWork", "https://daily.example/crime", "Crime & jobs </script>", "2026-02-01", "The Daily"),
            (appearance.GetProperty("@type").GetString(), appearance.GetProperty("url").GetString(), appearance.GetProperty("headline").GetString(),
             appearance.GetProperty("datePublished").GetString(), appearance.GetProperty("publisher").GetProperty("name").GetString()));
    }

    [Fact]
    public void Write_QuoteByAnOrganisation_AuthorIsAnOrganization()
    {
        var speaker = ReviewOf(_desk.OrganizationQuoteId).GetProperty("itemReviewed").GetProperty("author");

        Assert.Equal(("Organization", "Labor Ministry"), (speaker.GetProperty("@type").GetString(), speaker.GetProperty("name").GetString()));
    }

    [Fact]
    public void Write_ClaimTheArticleMakes_AuthorIsTheByline()
    {
        var r = ReviewOf(_desk.ClaimId);

        var author = r.GetProperty("itemReviewed").GetProperty("author");
        Assert.Equal(("Person", "Sam Reporter"), (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString()));
        Assert.Equal(1, r.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
    }

    [Fact]
    public void Write_UnverifiableRating_KeepsTheLabelAndLeavesOutTheNumbers()
    {
        var rating = ReviewOf(_desk.OrganizationQuoteId).GetProperty("reviewRating");

        Assert.Equal("Unverifiable", rating.GetProperty("alternateName").GetString());
        Assert.False(rating.TryGetProperty("ratingValue", out _));
        Assert.False(rating.TryGetProperty("bestRating", out _));
        Assert.False(rating.TryGetProperty("worstRating", out _));
    }

    [Fact]
    public void Write_TextWithMarkup_StaysEscapedForEmbeddingInAScriptElement()
    {
        var json = _desk.Export(ExportFormat.ClaimReview);

        Assert.DoesNotContain("</script>", json);
        Assert.Contains("Crime \\u0026 jobs \\u003C/script\\u003E", json);
    }

    public void Dispose() => _desk.Dispose();
}
