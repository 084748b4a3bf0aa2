using System.Text.RegularExpressions;
using FactCheck.Core.Articles;
using FactCheck.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.E2E;

[Collection(E2ECollection.Name)]
public partial class RevisionTests(AppFixture app)
{
    [Fact]
    public async Task ReimportWithEdits_KeepsAtLeast95PercentAnchored_ListsOrphans_KeepsVerdicts()
    {
        // An article with verdicts: one on a claim whose typo the new version fixes, one on a claim in the paragraph
        // the new version drops, one on a quote the edits do not touch.
        var id = app.Services.GetRequiredService<ArticleImporter>().Import(new NewArticle("Port Alder council approves $212 million harbor plan", Story("harbor-v1"), "Port Alder Courier")).ArticleId!.Value;
        var spans = app.Services.GetRequiredService<ArticleStore>().Spans(id);
        var verdicts = app.Services.GetRequiredService<VerdictStore>();
        var checker = new Actor("checker", Core.Accounts.Role.FactChecker);
        var willChange = spans.First(s => s.Anchor.Exact.Contains("46 fishing familes", StringComparison.Ordinal));
        var willOrphan = spans.First(s => s.Anchor.Exact.Contains("1,800 construction jobs", StringComparison.Ordinal));
        var untouched = spans.First(s => s.Kind == SpanKind.Quote && s.Anchor.Exact.StartsWith("I have never seen a forecast", StringComparison.Ordinal));
        verdicts.Save(willChange.Id, checker, "true", "The cooperative's membership list has 46 families.", null, DateTime.UtcNow);
        verdicts.Save(willOrphan.Id, checker, "unverifiable", "The chamber would not share its method.", null, DateTime.UtcNow);
        verdicts.Save(untouched.Id, checker, "half-true", "Ridership did rise sharply in two of the comparison cities.", null, DateTime.UtcNow);
        var (page, problems) = await app.NewPageAsync();
        await app.GotoAsync(page, $"/articles/{id}");
        await Expect(page.GetByTestId("article-text")).ToContainTextAsync("The goverment in the state capital");

        // Paste the edited version: typos fixed, one paragraph added, one removed.
        await page.GetByTestId("import-revision").ClickAsync();
        await page.GetByTestId("revision-text").FillAsync(Story("harbor-v2"));
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("revision-import-dialog") });
        await page.GetByTestId("revision-submit").ClickAsync();

        var summary = page.GetByTestId("revision-summary");
        await Expect(summary).ToContainTextAsync("orphaned");
        var counts = SummaryPattern().Match(await summary.InnerTextAsync());
        Assert.True(counts.Success, await summary.InnerTextAsync());
        var (anchored, changed, orphaned) = (int.Parse(counts.Groups[1].Value), int.Parse(counts.Groups[2].Value), int.Parse(counts.Groups[3].Value));
        Assert.Equal(spans.Count, anchored + changed + orphaned);
        Assert.True(anchored + changed >= 0.95 * spans.Count, $"{anchored + changed} of {spans.Count} spans anchored");
        Assert.True(changed > 0);
        await Expect(page.GetByTestId("article-text")).ToContainTextAsync("Helen Achebe");

        // The rest is listed as orphaned, with its last text and its verdict.
        var orphans = page.GetByTestId("orphaned-spans").GetByTestId("reanchored-span");
        await Expect(orphans).ToHaveCountAsync(orphaned);
        var orphan = orphans.And(page.Locator($"[data-span-id='{willOrphan.Id}']"));
        await Expect(orphan).ToContainTextAsync("1,800 construction jobs");
        await Expect(orphan.GetByTestId("reanchored-verdict")).ToHaveTextAsync("Unverifiable");
        // A changed span shows what changed, word by word.
        var changedItem = page.GetByTestId("changed-spans").Locator($"[data-span-id='{willChange.Id}']");
        await Expect(changedItem.Locator("del")).ToHaveTextAsync("familes");
        await Expect(changedItem.Locator("ins")).ToHaveTextAsync("families");
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("revision-reanchored") });

        // After a reload, every verdict is still on its span, and only found spans are highlighted.
        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Expect(page.GetByTestId("orphaned-spans").GetByTestId("reanchored-span")).ToHaveCountAsync(orphaned);
        Assert.Equal(0, await page.Locator($"mark[data-spans~='{willOrphan.Id}']").CountAsync());
        await Expect(page.Locator($"mark[data-spans~='{willChange.Id}']").First).ToBeVisibleAsync();
        Assert.Contains("families", string.Concat(await page.Locator($"mark[data-spans~='{willChange.Id}']").AllInnerTextsAsync()));
        var panel = page.GetByTestId("span-panel");
        await page.Locator($"mark[data-spans~='{untouched.Id}']").First.ClickAsync();
        await Expect(panel).ToHaveAttributeAsync("data-span-id", untouched.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(panel.GetByTestId("rationale")).ToHaveValueAsync("Ridership did rise sharply in two of the comparison cities.");
        await page.GetByTestId("changed-spans").Locator($"[data-span-id='{willChange.Id}']").ClickAsync();
        await Expect(panel.GetByTestId("rationale")).ToHaveValueAsync("The cooperative's membership list has 46 families.");
        // Opening the orphan still shows its verdict in the panel.
        await page.GetByTestId("orphaned-spans").Locator($"[data-span-id='{willOrphan.Id}']").ClickAsync();
        await Expect(panel.GetByTestId("rationale")).ToHaveValueAsync("The chamber would not share its method.");
        await page.Locator("details[data-testid=revision-history] summary").ClickAsync();
        await Expect(page.GetByTestId("revision-row")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("revision-after-reload") });
        problems.AssertNone();
    }

    private static string Story(string name)
    {
        var content = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "revisions", name + ".txt")).ReplaceLineEndings("\n");
        return content[(content.IndexOf('\n') + 1)..].TrimStart('\n');
    }

    [GeneratedRegex(@"(\d+) anchored, (\d+) changed, (\d+) orphaned")]
    private static partial Regex SummaryPattern();
}
