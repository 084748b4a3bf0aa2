using System.Net;
using System.Text.Json;
using FactCheck.Core.Accounts;
using FactCheck.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.E2E.Http;

public class ExportEndpointTests(HttpAppFixture app) : IClassFixture<HttpAppFixture>
{
    private static readonly DateTime Now = new(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc);

    /// Publishes a verdict on the sample article's first quote (a named speaker) through the stores.
    private int PublishQuoteVerdict()
    {
        var verdicts = app.Services.GetRequiredService<VerdictStore>();
        var quote = app.Spans.First(s => s.Kind == Core.Articles.SpanKind.Quote && s.Speaker is not null);
        if (verdicts.ForSpan(quote.Id).FirstOrDefault(v => v.Status == Core.Review.VerdictStatus.Published) is not null)
            return quote.Id;
        var checker = new Actor("checker", Role.FactChecker);
        var editor = new Actor("editor", Role.Editor);
        var v = verdicts.Save(quote.Id, checker, "mostly-true", "The numbers hold up.", null, Now).Verdict!;
        v = verdicts.Submit(v.Id, checker, v.Version, Now).Verdict!;
        v = verdicts.Approve(v.Id, editor, null, v.Version, Now).Verdict!;
        verdicts.Publish(v.Id, editor, v.Version, Now);
        app.Services.GetRequiredService<SettingsStore>().Save(new Core.Review.DeskSettings(OrganizationName: "Truth Desk", OrganizationUrl: "https://truthdesk.example"), editor, Now);
        return quote.Id;
    }

    [Fact]
    public async Task ClaimReviewDownload_ParsesAndHasEveryFieldTheIssueNames()
    {
        var spanId = PublishQuoteVerdict();
        var editor = await app.SessionAsync("editor");

        using var response = await editor.SendAsync(HttpMethod.Get, "/export/claimreview.jsonld");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("claimreview.jsonld", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var review = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.EnumerateArray()
            .Single(r => r.GetProperty("url").GetString()!.EndsWith($"#span-{spanId}", StringComparison.Ordinal));
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(review.GetProperty("claimReviewed").GetString()));
        var rating = review.GetProperty("reviewRating");
        Assert.Equal((4, 5, 1, "Mostly true"), (rating.GetProperty("ratingValue").GetInt32(), rating.GetProperty("bestRating").GetInt32(),
            rating.GetProperty("worstRating").GetInt32(), rating.GetProperty("alternateName").GetString()));
        var claim = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(claim.GetProperty("author").GetProperty("name").GetString()));
        Assert.Equal("https://news.example/cartels", claim.GetProperty("appearance").GetProperty("url").GetString());
        Assert.Equal("2025-01-15", claim.GetProperty("datePublished").GetString());
        Assert.Equal(("Organization", "Truth Desk"), (review.GetProperty("author").GetProperty("@type").GetString(), review.GetProperty("author").GetProperty("name").GetString()));
        Assert.Equal($"http://localhost/articles/{app.ArticleId}#span-{spanId}", review.GetProperty("url").GetString());
        Assert.Equal("2026-04-01T09:00:00Z", review.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task CsvDownload_IsAnAttachmentWithAHeaderRow()
    {
        PublishQuoteVerdict();
        var admin = await app.SessionAsync("admin");

        using var response = await admin.SendAsync(HttpMethod.Get, $"/export/verdicts.csv?articleId={app.ArticleId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"verdicts-article-{app.ArticleId}.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("verdict_id,article_id,article_title,", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CsvDownload_EmptyDesk_IsAMessageNotAFile()
    {
        await using var empty = new HttpAppFixture();
        await empty.InitializeAsync();
        var editor = await empty.SessionAsync("editor");

        using var response = await editor.SendAsync(HttpMethod.Get, "/export/verdicts.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("There are no verdicts to export: nobody has rated a claim or quote yet. Nothing was exported.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnnotationsDownload_UnknownArticle_SaysSo()
    {
        var editor = await app.SessionAsync("editor");

        using var response = await editor.SendAsync(HttpMethod.Get, "/export/annotations.jsonld?articleId=987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no article with id 987654. Nothing was exported.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
