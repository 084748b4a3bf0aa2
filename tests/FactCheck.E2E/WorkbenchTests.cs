using FactCheck.Core.Articles;
using FactCheck.Core.Evidence;
using FactCheck.Core.Review;
using FactCheck.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.E2E;

[Collection(E2ECollection.Name)]
public class WorkbenchTests(AppFixture app)
{
    [Fact]
    public async Task SelectedText_AcrossAQuoteHighlight_IsMarkedAsAClaimWithExactOffsets()
    {
        var id = app.ImportSample();
        var text = app.ArticleText(id);
        var start = text.IndexOf("took place during a recent phone call", StringComparison.Ordinal);
        var end = text.IndexOf("help you", start, StringComparison.Ordinal) + "help you".Length;
        var (page, problems) = await app.NewPageAsync();
        await app.OpenWorkbenchAsync(page, id);

        await page.SelectTextAsync(start, end);
        await page.Keyboard.PressAsync("c");

        var expected = text[start..end];
        await Expect(page.GetByTestId("span-panel").GetByTestId("span-text")).ToHaveTextAsync($"“{expected}”");
        await Expect(page.SpanItem(expected[..40])).ToHaveAttributeAsync("data-kind", "Claim");
        var stored = app.Services.GetRequiredService<SpanStore>().ForArticle(id).Single(s => s.Origin == SpanOrigin.Checker);
        Assert.Equal((start, end, expected, SpanKind.Claim), (stored.Anchor.Start, stored.Anchor.End, stored.Anchor.Exact, stored.Kind));
        problems.AssertNone();
    }

    [Fact]
    public async Task Suggestion_AcceptAndDismissWithOneKey_ChangesItsStatus()
    {
        var id = app.ImportSample();
        var (page, problems) = await app.NewPageAsync();
        await app.OpenWorkbenchAsync(page, id);

        await page.Keyboard.PressAsync("j");
        var first = page.GetByTestId("span-item").First;
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("a");
        await Expect(first).ToHaveAttributeAsync("data-status", "Accepted");
        await page.Keyboard.PressAsync("j");
        var second = page.GetByTestId("span-item").Nth(1);
        var dismissedId = int.Parse((await second.GetAttributeAsync("data-span-id"))!);
        await page.Keyboard.PressAsync("r");

        await Expect(page.Locator($"[data-testid=span-item][data-span-id='{dismissedId}']")).ToHaveCountAsync(0);
        var span = app.Services.GetRequiredService<SpanStore>().Find(dismissedId)!;
        Assert.Equal((SpanStatus.Rejected, DismissReasons.NotCheckWorthy), (span.Status, span.DismissReason));
        problems.AssertNone();
    }

    [Fact]
    public async Task Evidence_OriginalSourceWithAChangedWord_ShowsInTheFidelityDiff()
    {
        var id = app.ImportSample();
        var (page, problems) = await app.NewPageAsync();
        await app.GotoAsync(page, $"/articles/{id}");

        await page.SpanItem("No, President Trump").ClickAsync();
        var panel = page.GetByTestId("span-panel");
        await panel.GetByTestId("add-evidence").ClickAsync();
        await panel.GetByTestId("evidence-source").FillAsync("Presidencia de la República");
        await panel.GetByTestId("evidence-stance").ChooseAsync("Original source of the quote");
        await panel.GetByTestId("evidence-passage").FillAsync("No, President Trump, our territory is inviolable. Our sovereignty is inalienable.");
        await panel.GetByTestId("evidence-note").FillAsync("Transcript of the morning press conference.");
        await panel.GetByTestId("evidence-save").ClickAsync();

        await Expect(panel.GetByTestId("evidence-stance-chip")).ToHaveTextAsync("Original source of the quote");
        await Expect(panel.GetByTestId("fidelity-summary")).ToHaveTextAsync("1 word changed");
        await Expect(panel.Locator(".fc-w-changed")).ToHaveTextAsync("inalienable.");
        await Expect(panel.Locator(".fc-w-changed")).ToHaveAttributeAsync("title", "The original says “inviolable.”");
        await panel.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("workbench-evidence-fidelity") });
        var stored = Assert.Single(app.Services.GetRequiredService<EvidenceStore>().ForArticle(id));
        Assert.Equal(EvidenceStance.OriginalSource, stored.Stance);
        problems.AssertNone();
    }

    [Fact]
    public async Task KeyboardOnly_FromTheArticlesListToASavedVerdict()
    {
        var title = "Keyboard pass " + Guid.NewGuid().ToString("N")[..6];
        var id = app.ImportSample(title);
        var (page, problems) = await app.NewPageAsync("checker2");
        await app.GotoAsync(page, "/");

        // Tab to the article's link and open it.
        await TabUntilAsync(page, $"document.activeElement?.textContent?.trim() === '{title}'");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync($"{app.BaseUrl}/articles/{id}");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.WaitForShortcutsAsync();
        await Expect(page.GetByTestId("span-item").First).ToBeVisibleAsync();

        // j through the list to the Trump quote, rate it with a number key, write the rationale, Ctrl+S.
        var panel = page.GetByTestId("span-panel");
        for (var i = 0; i < 12 && !(await panel.GetByTestId("span-text").IsVisibleAsync() && (await panel.GetByTestId("span-text").TextContentAsync())!.Contains("How can we help")); i++)
        {
            var shown = await panel.IsVisibleAsync() ? await panel.GetAttributeAsync("data-span-id") : null;
            await page.Locator("body").FocusAsync();
            await page.Keyboard.PressAsync("j");
            await Expect(panel).ToBeVisibleAsync();
            // one key, one step: wait for this j to move the panel before looking at it (or pressing again)
            if (shown is not null)
                await Expect(panel).Not.ToHaveAttributeAsync("data-span-id", shown);
        }
        await Expect(page.GetByTestId("span-panel").GetByTestId("span-text")).ToContainTextAsync("How can we help");
        await page.Keyboard.PressAsync("2");
        await Expect(page.Locator("input[data-rating='mostly-true']")).ToBeCheckedAsync();
        await TabUntilAsync(page, "document.activeElement?.dataset?.testid === 'rationale'");
        await page.Keyboard.TypeAsync("Both governments confirmed the call.");
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("workbench-keyboard") });
        await page.Keyboard.PressAsync("Control+s");

        await Expect(page.SpanItem("How can we help").GetByTestId("span-verdict")).ToHaveTextAsync("Mostly true");
        var quoteId = int.Parse((await page.GetByTestId("span-panel").GetAttributeAsync("data-span-id"))!);
        var verdict = Assert.Single(app.Services.GetRequiredService<VerdictStore>().ForSpan(quoteId));
        Assert.Equal(("mostly-true", "Both governments confirmed the call.", VerdictStatus.Draft), (verdict.RatingKey, verdict.Rationale, verdict.Status));
        problems.AssertNone();
    }

    [Fact]
    public async Task TwoReviewers_SeeEachOthersVerdictWithinASecond()
    {
        var id = app.ImportSample();
        var (first, _) = await app.NewPageAsync("checker");
        var (second, problems) = await app.NewPageAsync("checker2");
        await app.GotoAsync(first, $"/articles/{id}");
        await app.GotoAsync(second, $"/articles/{id}");

        await first.SpanItem("How can we help").ClickAsync();
        await first.Locator("[data-testid=span-panel] [data-rating='false']").ClickAsync(new() { Force = true });
        await first.GetByTestId("rationale").FillAsync("No record of the call.");
        await first.GetByTestId("save-verdict").ClickAsync();
        await Expect(first.SpanItem("How can we help").GetByTestId("span-verdict")).ToHaveTextAsync("False");

        // The other browser never reloads: the change reaches it through the live connection.
        await Expect(second.SpanItem("How can we help").GetByTestId("span-verdict")).ToHaveTextAsync("False", new() { Timeout = 1000 });
        problems.AssertNone();
    }

    [Fact]
    public async Task TwoReviewers_SavingTheSameVerdict_SecondGetsAConflictAndTheFirstIsKept()
    {
        var id = app.ImportSample();
        var (first, _) = await app.NewPageAsync("checker");
        var (second, _) = await app.NewPageAsync("checker2");
        await app.GotoAsync(first, $"/articles/{id}");
        await app.GotoAsync(second, $"/articles/{id}");
        await second.SpanItem("How can we help").ClickAsync();
        await second.Locator("[data-testid=span-panel] [data-rating='true']").ClickAsync(new() { Force = true });
        await second.GetByTestId("rationale").FillAsync("Second checker's reading.");

        await first.SpanItem("How can we help").ClickAsync();
        await first.Locator("[data-testid=span-panel] [data-rating='false']").ClickAsync(new() { Force = true });
        await first.GetByTestId("rationale").FillAsync("First checker's reading.");
        await first.GetByTestId("save-verdict").ClickAsync();
        await Expect(first.SpanItem("How can we help").GetByTestId("span-verdict")).ToHaveTextAsync("False");
        await second.GetByTestId("save-verdict").ClickAsync();

        await Expect(second.GetByTestId("verdict-conflict")).ToContainTextAsync("changed this verdict while you were editing it");
        var quoteId = int.Parse((await first.GetByTestId("span-panel").GetAttributeAsync("data-span-id"))!);
        Assert.Equal("First checker's reading.", Assert.Single(app.Services.GetRequiredService<VerdictStore>().ForSpan(quoteId)).Rationale);
    }

    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.EvaluateAsync<bool>($"() => {condition}"))
                return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tabbing never reached an element where {condition}.");
    }
}
