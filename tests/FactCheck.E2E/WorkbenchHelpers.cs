using FactCheck.Core.Articles;
using FactCheck.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.E2E;

internal static class WorkbenchHelpers
{
    /// Imports the sample article straight through the app's importer (the paste flow has its own test).
    public static int ImportSample(this AppFixture app, string? title = null) =>
        app.Services.GetRequiredService<ArticleImporter>()
            .Import(new NewArticle(title ?? SampleText.Title + " " + Guid.NewGuid().ToString("N")[..6], SampleText.Read(), "Sample Gazette"))
            .ArticleId!.Value;

    /// Opens an article's workbench and waits until its keyboard shortcuts are listening, so the first key is not lost.
    public static async Task OpenWorkbenchAsync(this AppFixture app, IPage page, int articleId)
    {
        await app.GotoAsync(page, $"/articles/{articleId}");
        await page.WaitForShortcutsAsync();
    }

    public static Task WaitForShortcutsAsync(this IPage page) =>
        page.Locator("html[data-shortcuts=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public static string ArticleText(this AppFixture app, int articleId) =>
        app.Services.GetRequiredService<ArticleStore>().Find(articleId)!.Text;

    /// Selects the article text between two offsets the way a mouse drag would, across highlighted runs.
    public static Task SelectTextAsync(this IPage page, int start, int end) => page.EvaluateAsync(
        """
        ([start, end]) => {
          const runs = [...document.querySelectorAll('[data-testid=article-text] [data-start]')];
          const find = (offset, isEnd) => {
            for (const run of runs) {
              const s = Number(run.dataset.start), n = run.textContent.length;
              if (isEnd ? offset > s && offset <= s + n : offset >= s && offset < s + n) return [run.firstChild, offset - s];
            }
            throw new Error('offset ' + offset + ' not in the article');
          };
          const [sn, so] = find(start, false), [en, eo] = find(end, true);
          const range = document.createRange();
          range.setStart(sn, so);
          range.setEnd(en, eo);
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }
        """,
        new[] { start, end });

    /// Chooses an option of a MudSelect with the mouse and waits until the select shows it. Once in CI, under load,
    /// the click on the option was lost and the form kept its default; the option is then chosen again, at most twice.
    public static async Task ChooseAsync(this ILocator select, string option)
    {
        var item = select.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option });
        for (var attempt = 1; ; attempt++)
        {
            if (!await item.IsVisibleAsync())
                await select.ClickAsync();
            await item.ClickAsync();
            try
            {
                await Assertions.Expect(select).ToHaveTextAsync(option, new() { Timeout = 5000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    public static ILocator SpanItem(this IPage page, string text) =>
        page.GetByTestId("span-item").Filter(new() { HasText = text });
}
