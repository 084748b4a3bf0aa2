using System.Text.Json;
using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.E2E;

[Collection(E2ECollection.Name)]
public class EditorialJourneyTests(AppFixture app)
{
    private const string Quote = "How can we help you fight drug trafficking?";

    [Fact]
    public async Task Journey_SubmitReturnReviseApprovePublish_DashboardAndClaimReviewFollow()
    {
        var settings = app.Services.GetRequiredService<SettingsStore>();
        var before = settings.Get();
        var admin = new Actor("admin", Role.Admin);
        settings.Save(before with { BlindDoubleCheck = true }, admin, DateTime.UtcNow);
        try
        {
            await RunJourneyAsync();
        }
        finally
        {
            settings.Save(before, admin, DateTime.UtcNow);
        }
    }

    private async Task RunJourneyAsync()
    {
        // A fresh article; the second checker has already rated the Trump quote blind, and two other claims were rated by both.
        var articleId = app.Services.GetRequiredService<ArticleImporter>().Import(new NewArticle(
            SampleText.Title + " (journey)", SampleText.Read(), "Sample Gazette",
            "https://news.example/mexico-cartels", new DateOnly(2025, 3, 3), "A. Reporter")).ArticleId!.Value;
        var spans = app.Services.GetRequiredService<ArticleStore>().Spans(articleId);
        var quote = spans.First(s => s.Anchor.Exact == Quote);
        var claims = spans.Where(s => s.Kind == SpanKind.Claim).Take(2).ToArray();
        Rate(claims[0].Id, "checker", "true");
        Rate(claims[0].Id, "checker2", "true");
        Rate(claims[1].Id, "checker", "false");
        Rate(claims[1].Id, "checker2", "mostly-false");
        Rate(quote.Id, "checker2", "mostly-false");

        var (editor, editorProblems) = await app.NewPageAsync("editor");
        await app.GotoAsync(editor, "/dashboard");
        var pairedBefore = await NumberAsync(editor.GetByTestId("agreement-units"));
        var publishedBefore = await StatusCountAsync(editor, "Published");
        var alphaBefore = await editor.GetByTestId("kpi-agreement-value").TextContentAsync();

        // The checker rates the quote and submits it.
        var (checker, checkerProblems) = await app.NewPageAsync("checker");
        await app.GotoAsync(checker, $"/articles/{articleId}");
        await checker.GetByTestId("span-item").Filter(new() { HasText = Quote }).ClickAsync();
        var panel = checker.GetByTestId("span-panel");
        await panel.GetByText("False", new() { Exact = true }).ClickAsync();
        await panel.GetByTestId("rationale").FillAsync("No such offer was made on the call.");
        await panel.GetByTestId("submit-verdict").ClickAsync();
        await Expect(panel.GetByTestId("verdict-status")).ToHaveTextAsync("Submitted");
        var verdictId = Verdicts().ForSpan(quote.Id).Single(v => v.Checker == "checker").Id;

        // The editor finds it in the queue, sees both blind verdicts disagree, and returns it with a comment.
        await app.GotoAsync(editor, "/review");
        await editor.Locator($"[data-testid=queue-item][href='/review/{verdictId}']").ClickAsync();
        await Expect(editor.GetByTestId("double-check")).ToContainTextAsync("The checkers disagree");
        await Expect(editor.GetByTestId("verdict-card")).ToHaveCountAsync(2);
        await editor.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("review-page"), FullPage = true });
        await editor.GetByTestId("review-comment").FillAsync("Quote the transcript: Trump did offer help.");
        await editor.GetByTestId("return-verdict").ClickAsync();
        await Expect(editor.GetByTestId("verdict-editor-comment").First).ToContainTextAsync("Quote the transcript");

        // The checker finds it under My verdicts, revises it in the workbench and resubmits.
        await app.GotoAsync(checker, "/my/verdicts");
        await Expect(checker.GetByTestId("my-editor-comment")).ToContainTextAsync("Quote the transcript: Trump did offer help.");
        await checker.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("my-verdicts"), FullPage = true });
        await checker.GetByTestId("my-verdict-link").ClickAsync();
        await Expect(checker).ToHaveURLAsync(app.BaseUrl + $"/articles/{articleId}");
        await checker.Locator("[data-interactive=true]").WaitForAsync();
        await checker.GetByTestId("span-item").Filter(new() { HasText = Quote }).ClickAsync();
        panel = checker.GetByTestId("span-panel");
        await Expect(panel.GetByTestId("editor-comment")).ToContainTextAsync("Quote the transcript");
        await panel.GetByText("Mostly false", new() { Exact = true }).ClickAsync();
        await panel.GetByTestId("rationale").FillAsync("Trump offered help; the transcript shows the offer was conditional.");
        await panel.GetByTestId("submit-verdict").ClickAsync();
        await Expect(panel.GetByTestId("verdict-status")).ToHaveTextAsync("Submitted");

        // The editor approves and publishes it.
        await app.GotoAsync(editor, $"/review/{verdictId}");
        await Expect(editor.GetByTestId("double-check")).ToContainTextAsync("Both checkers gave the same rating");
        await editor.GetByTestId("approve-verdict").ClickAsync();
        await editor.GetByTestId("publish-verdict").ClickAsync();
        await Expect(editor.GetByTestId("review-final")).ToContainTextAsync("Published");

        // The dashboard counts the publication and the new pair of ratings.
        await app.GotoAsync(editor, "/dashboard");
        Assert.Equal(publishedBefore + 1, await StatusCountAsync(editor, "Published"));
        Assert.Equal(pairedBefore + 1, await NumberAsync(editor.GetByTestId("agreement-units")));
        Assert.NotEqual(alphaBefore, await editor.GetByTestId("kpi-agreement-value").TextContentAsync());
        await editor.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("dashboard"), FullPage = true });
        await editor.GetByTestId("agreement-units").ClickAsync();
        await Expect(editor.GetByTestId("drill-heading")).ToHaveTextAsync("Claims rated by two checkers");
        await Expect(editor.Locator($"[data-testid=drill-item][href='/review/{verdictId}']")).ToHaveCountAsync(1);

        await DownloadClaimReviewAsync(editor, articleId);
        editorProblems.AssertNone();
        checkerProblems.AssertNone();
    }

    /// The editor downloads the ClaimReview file from the Exports page; the published verdict is in it with every field
    /// the publishing systems read.
    private async Task DownloadClaimReviewAsync(IPage editor, int articleId)
    {
        await app.GotoAsync(editor, "/export");
        var download = await editor.RunAndWaitForDownloadAsync(() =>
            editor.GetByTestId("export-claimreview").GetByTestId("export-download").ClickAsync());
        Assert.EndsWith(".jsonld", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var review = Reviews(json.RootElement).Single(r => r.GetProperty("url").GetString()!.Contains($"/articles/{articleId}#", StringComparison.Ordinal));
        Assert.Equal(Quote, review.GetProperty("claimReviewed").GetString());
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        var rating = review.GetProperty("reviewRating");
        foreach (var field in new[] { "ratingValue", "bestRating", "worstRating", "alternateName" })
            Assert.True(rating.TryGetProperty(field, out _), $"reviewRating.{field} is missing");
        Assert.Equal("Mostly false", rating.GetProperty("alternateName").GetString());
        var item = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", item.GetProperty("@type").GetString());
        Assert.Equal("Donald Trump", item.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2025-03-03", item.GetProperty("datePublished").GetString());
        Assert.Equal("https://news.example/mexico-cartels", item.GetProperty("appearance").GetProperty("url").GetString());
        Assert.Equal("2025-03-03", item.GetProperty("appearance").GetProperty("datePublished").GetString());
        Assert.Equal("Organization", review.GetProperty("author").GetProperty("@type").GetString());
        foreach (var field in new[] { "author", "url", "datePublished" })
            Assert.True(review.TryGetProperty(field, out _), $"{field} is missing");
        await editor.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("exports"), FullPage = true });
    }

    private static IEnumerable<JsonElement> Reviews(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => root.EnumerateArray(),
        _ when root.TryGetProperty("@graph", out var graph) => graph.EnumerateArray(),
        _ when root.TryGetProperty("itemListElement", out var list) => list.EnumerateArray().Select(e => e.TryGetProperty("item", out var i) ? i : e),
        _ => [root],
    };

    private VerdictStore Verdicts() => app.Services.GetRequiredService<VerdictStore>();

    private void Rate(int spanId, string checker, string rating)
    {
        var actor = new Actor(checker, Role.FactChecker);
        var draft = Verdicts().Save(spanId, actor, rating, $"{checker}: {rating}.", null, DateTime.UtcNow).Verdict!;
        Assert.True(Verdicts().Submit(draft.Id, actor, draft.Version, DateTime.UtcNow).Succeeded);
    }

    private static async Task<int> NumberAsync(ILocator locator) =>
        int.Parse(new string((await locator.TextContentAsync() ?? "").TakeWhile(c => char.IsDigit(c) || c == ',').Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);

    private static Task<int> StatusCountAsync(IPage page, string status) =>
        NumberAsync(page.Locator($"[data-testid=by-status] [data-testid=breakdown-row][data-key={status}] [data-testid=breakdown-count]"));
}
