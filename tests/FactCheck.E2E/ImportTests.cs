using System.Text.RegularExpressions;
using FactCheck.Storage;
using FactCheck.Web.Tests.Features.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.E2E;

[Collection(E2ECollection.Name)]
public class ImportTests(AppFixture app, NewsSiteServer site) : IClassFixture<NewsSiteServer>
{
    private static readonly Regex _workbenchUrl = new("/articles/\\d+$");

    private int StoredArticles => app.Services.GetRequiredService<ArticleStore>().List().Count;

    /// The rows of the articles page as a user sees them.
    private async Task<IReadOnlyList<string>> ArticleRowsAsync(IPage page)
    {
        await app.GotoAsync(page, "/");
        await Expect(page.GetByTestId("articles-table")).ToBeVisibleAsync();
        return await page.GetByTestId("articles-table").Locator("tbody tr").AllInnerTextsAsync();
    }

    /// Sets the file on the upload input once Blazor's InputFile has wired it up: a file set before then fires a
    /// change event nobody listens to (the tab's content renders before its JS initialisation runs).
    private static async Task UploadAsync(IPage page, string fileName, byte[] content)
    {
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/octet-stream", Buffer = content });
    }

    [Fact]
    public async Task UploadDocx_FillsTheFormAndOpensTheWorkbench()
    {
        var (page, problems) = await app.NewPageAsync();
        await app.GotoAsync(page, "/articles/new");
        await page.GetByRole(AriaRole.Tab, new() { Name = "File" }).ClickAsync();

        // Through the button and the browser's file chooser, as a checker does it.
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("choose-file").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload
        {
            Name = "road-budget.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = TestDocuments.Docx("Council cuts road repair budget", TestDocuments.StoryParagraphs, "Dana Whitfield"),
        });

        await Expect(page.GetByTestId("import-success")).ToContainTextAsync("Imported road-budget.docx");
        await Expect(page.GetByTestId("title")).ToHaveValueAsync("Council cuts road repair budget");
        await Expect(page.GetByTestId("author")).ToHaveValueAsync("Dana Whitfield");
        await Expect(page.GetByTestId("text")).ToHaveValueAsync(string.Join("\n\n", TestDocuments.StoryParagraphs));
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("import-docx"), FullPage = true });

        await page.GetByTestId("save-article").ClickAsync();
        await Expect(page).ToHaveURLAsync(_workbenchUrl);
        await Expect(page.GetByTestId("article-title")).ToHaveTextAsync("Council cuts road repair budget");
        await Expect(page.GetByTestId("article-text")).ToContainTextAsync(TestDocuments.StoryParagraphs[0]);
        problems.AssertNone();
    }

    [Fact]
    public async Task UploadHtml_FindsTheStoryAndOpensTheWorkbench()
    {
        var (page, problems) = await app.NewPageAsync();
        await app.GotoAsync(page, "/articles/new");
        await page.GetByRole(AriaRole.Tab, new() { Name = "File" }).ClickAsync();

        await UploadAsync(page, "council-roads.html", TestDocuments.Utf8(TestDocuments.NewsPageHtml));

        await Expect(page.GetByTestId("title")).ToHaveValueAsync(TestDocuments.NewsTitle);
        await Expect(page.GetByTestId("outlet")).ToHaveValueAsync(TestDocuments.NewsOutlet);
        await Expect(page.GetByTestId("url")).ToHaveValueAsync("https://valley-ledger.example/local/2025/03/14/council-cuts-road-budget");
        await page.GetByTestId("save-article").ClickAsync();

        await Expect(page).ToHaveURLAsync(_workbenchUrl);
        await Expect(page.GetByTestId("article-title")).ToHaveTextAsync(TestDocuments.NewsTitle);
        await Expect(page.GetByTestId("article-text")).ToContainTextAsync(TestDocuments.NewsFirstSentence);
        await Expect(page.GetByTestId("article-text")).Not.ToContainTextAsync("ADVERTISEMENT");
        problems.AssertNone();
    }

    [Fact]
    public async Task ImportUrl_NewsPage_FillsEveryFieldAndSaves()
    {
        var (page, problems) = await app.NewPageAsync();
        await app.GotoAsync(page, "/articles/new");
        await page.GetByRole(AriaRole.Tab, new() { Name = "URL" }).ClickAsync();

        await page.GetByTestId("import-url").FillAsync(site.ArticleUrl);
        await page.GetByTestId("fetch-url").ClickAsync();

        await Expect(page.GetByTestId("import-success")).ToContainTextAsync("words from 127.0.0.1");
        await Expect(page.GetByTestId("title")).ToHaveValueAsync(TestDocuments.NewsTitle);
        await Expect(page.GetByTestId("outlet")).ToHaveValueAsync(TestDocuments.NewsOutlet);
        await Expect(page.GetByTestId("author")).ToHaveValueAsync(TestDocuments.NewsAuthor);
        await Expect(page.GetByTestId("url")).ToHaveValueAsync(site.ArticleUrl);
        await Expect(page.GetByTestId("text")).ToHaveValueAsync(new Regex("^" + Regex.Escape(TestDocuments.NewsFirstSentence)));
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("import-url"), FullPage = true });

        await page.GetByTestId("save-article").ClickAsync();
        await Expect(page).ToHaveURLAsync(_workbenchUrl);
        await Expect(page.GetByTestId("article-text")).ToContainTextAsync("Every euro we save on potholes today costs us three tomorrow");
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("import-url-workbench") });
        problems.AssertNone();
    }

    [Fact]
    public async Task ImportUrl_SlowMissingAndHuge_EachSaysWhyAndStoresNothing()
    {
        var before = StoredArticles;
        var (page, problems) = await app.NewPageAsync();
        var rowsBefore = await ArticleRowsAsync(page);
        await app.GotoAsync(page, "/articles/new");
        await page.GetByRole(AriaRole.Tab, new() { Name = "URL" }).ClickAsync();
        var url = page.GetByTestId("import-url");
        var error = page.GetByTestId("import-error");

        await url.FillAsync(site.Url("/slow"));
        await page.GetByTestId("fetch-url").ClickAsync();
        await Expect(page.GetByTestId("import-progress")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("import-url-progress") });
        await Expect(error).ToHaveTextAsync("127.0.0.1 did not answer within 5 seconds; the import timed out.");

        await url.FillAsync(site.Url("/missing"));
        await page.GetByTestId("fetch-url").ClickAsync();
        await Expect(error).ToHaveTextAsync("The page returned 404 Not Found.");

        await url.FillAsync(site.Url("/huge-streamed"));
        await page.GetByTestId("fetch-url").ClickAsync();
        await Expect(error).ToHaveTextAsync("The page is too large: FactCheck imports pages of up to 5 MB.");

        await url.FillAsync(site.Url("/huge"));
        await page.GetByTestId("fetch-url").ClickAsync();
        await Expect(error).ToHaveTextAsync("The page is too large (20 MB): FactCheck imports pages of up to 5 MB.");
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("import-url-too-large") });

        await Expect(page.GetByTestId("title")).ToHaveValueAsync("");
        Assert.Equal(before, StoredArticles);
        Assert.Equal(rowsBefore, await ArticleRowsAsync(page));
        problems.AssertNone();
    }

    [Fact]
    public async Task UploadBadFiles_EachSaysWhyStoresNothingAndThePageStillWorks()
    {
        var before = StoredArticles;
        var (page, problems) = await app.NewPageAsync();
        var rowsBefore = await ArticleRowsAsync(page);
        await app.GotoAsync(page, "/articles/new");
        await page.GetByRole(AriaRole.Tab, new() { Name = "File" }).ClickAsync();
        var error = page.GetByTestId("import-error");
        var cases = new (string Name, byte[] Content, string Message)[]
        {
            ("photo.txt", TestDocuments.PngBytes(), "photo.txt is not a text file: its content is a PNG image."),
            ("empty.docx", [], "empty.docx is empty."),
            ("blank.docx", TestDocuments.Docx(null, []), "blank.docx is a Word document without any text."),
            ("broken.pdf", TestDocuments.CorruptPdf(), "broken.pdf could not be read as a PDF; it may be damaged."),
            ("cafe.txt", TestDocuments.Latin1Text(), "cafe.txt is not valid UTF-8 text (invalid byte at position 7). Save it as UTF-8 and try again."),
        };

        foreach (var (name, content, message) in cases)
        {
            await UploadAsync(page, name, content);
            await Expect(error).ToHaveTextAsync(message);
            await Expect(page.GetByTestId("title")).ToHaveValueAsync("");
        }
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("import-bad-file") });
        Assert.Equal(before, StoredArticles);
        Assert.Equal(rowsBefore, await ArticleRowsAsync(page));
        await app.GotoAsync(page, "/articles/new");
        await page.GetByRole(AriaRole.Tab, new() { Name = "File" }).ClickAsync();

        // The circuit survived: a good file still imports and saves.
        await UploadAsync(page, "still-works.txt", TestDocuments.Utf8("The council met on Monday and agreed the budget, the mayor said."));
        await Expect(page.GetByTestId("title")).ToHaveValueAsync("still works");
        await page.GetByTestId("save-article").ClickAsync();
        await Expect(page).ToHaveURLAsync(_workbenchUrl);
        Assert.Equal(before + 1, StoredArticles);
        problems.AssertNone();
    }
}
