using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.E2E;

[Collection(E2ECollection.Name)]
public class WalkingSkeletonTests(AppFixture app)
{
    [Fact]
    public async Task PastedArticle_QuoteVerdict_SurvivesReload()
    {
        var (page, problems) = await app.NewPageAsync();
        // Other tests import the sample too (the fixture is shared), so this one's outlet is its own.
        var outlet = $"Sample Gazette {Guid.NewGuid().ToString("N")[..6]}";

        // Paste the sample article.
        await app.GotoAsync(page, "/articles/new");
        await page.GetByTestId("title").FillAsync(SampleText.Title);
        await page.GetByTestId("outlet").FillAsync(outlet);
        await page.GetByTestId("text").FillAsync(SampleText.Read());
        await page.GetByTestId("save-article").ClickAsync();

        // The workbench opens with the four quotes highlighted.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/\\d+$"));
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Expect(page.GetByTestId("article-title")).ToHaveTextAsync(SampleText.Title);
        await Expect(page.Locator("mark.fc-quote")).ToHaveCountAsync(4);
        await Expect(page.Locator("mark.fc-quote").First).ToHaveTextAsync("How can we help you fight drug trafficking?");

        // Open the Trump quote and record a verdict.
        var trumpQuote = page.GetByTestId("span-item").Filter(new() { HasText = "How can we help you fight drug trafficking?" });
        await trumpQuote.ClickAsync();
        var panel = page.GetByTestId("span-panel");
        await Expect(panel.GetByTestId("span-text")).ToContainTextAsync("How can we help you fight drug trafficking?");
        await Expect(page.Locator("mark.fc-selected")).ToHaveTextAsync("How can we help you fight drug trafficking?");
        await panel.GetByText("Mostly true", new() { Exact = true }).ClickAsync();
        await panel.GetByTestId("rationale").FillAsync("The Journal's account of the call is confirmed by both governments.");
        await panel.GetByTestId("save-verdict").ClickAsync();
        await Expect(trumpQuote.GetByTestId("span-verdict")).ToHaveTextAsync("Mostly true");

        // After a reload the verdict is still there.
        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Expect(trumpQuote.GetByTestId("span-verdict")).ToHaveTextAsync("Mostly true");
        await trumpQuote.ClickAsync();
        await Expect(page.GetByTestId("rationale")).ToHaveValueAsync("The Journal's account of the call is confirmed by both governments.");
        // The README's screenshot: the workbench with a quote open and its verdict recorded.
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.RepositoryRoot, "docs", "screenshot.png") });

        // The articles page counts it.
        await app.GotoAsync(page, "/");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = outlet });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(SampleText.Title);
        await Expect(row.Locator("td[data-label=Quotes]")).ToHaveTextAsync("4");
        await Expect(row.Locator("td[data-label=Verdicts]")).ToHaveTextAsync("1");
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("articles"), FullPage = true });
        problems.AssertNone();
    }

    [Fact]
    public async Task PastedMarkup_IsShownAsTextAndNeverRuns()
    {
        const string hostile = "<script>window.__x=1</script><img src=x onerror=\"window.__y=1\">";
        var (page, problems) = await app.NewPageAsync();

        await app.GotoAsync(page, "/articles/new");
        await page.GetByTestId("title").FillAsync("Markup " + hostile);
        await page.GetByTestId("text").FillAsync($"The mayor said \u201CRoads are fixed.\u201D {hostile} The end.");
        await page.GetByTestId("save-article").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/\\d+$"));
        await Expect(page.GetByTestId("article-text")).ToContainTextAsync(hostile);
        await Expect(page.GetByTestId("article-title")).ToContainTextAsync(hostile);
        Assert.Equal(0, await page.Locator("[data-testid=article-text] img, [data-testid=article-text] script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__x === undefined && window.__y === undefined"));

        await app.GotoAsync(page, "/");
        await Expect(page.GetByTestId("articles-table")).ToContainTextAsync("Markup " + hostile);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__x === undefined && window.__y === undefined"));
        problems.AssertNone();
    }

    [Fact]
    public async Task NewArticle_MissingTitleAndText_ShowsClearMessages()
    {
        var (page, problems) = await app.NewPageAsync();

        await app.GotoAsync(page, "/articles/new");
        await page.GetByTestId("save-article").ClickAsync();

        await Expect(page.GetByText("Title is required.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Text is required.")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/articles/new");
        problems.AssertNone();
    }
}
