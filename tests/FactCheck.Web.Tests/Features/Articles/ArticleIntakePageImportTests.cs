using Bunit;
using FactCheck.Web.Features.Articles;
using FactCheck.Web.Tests.Features.Import;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Articles;

public class ArticleIntakePageImportTests : WebTestContext, IClassFixture<NewsSiteServer>
{
    private readonly NewsSiteServer _site;

    public ArticleIntakePageImportTests(NewsSiteServer site)
    {
        _site = site;
        Services.AddSingleton(ImportServices.Extractor());
        Services.AddSingleton(ImportServices.Fetcher());
    }

    private static void OpenTab(IRenderedComponent<ArticleIntakePage> cut, string name) =>
        cut.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == name).Click();

    private static string? Value(IRenderedComponent<ArticleIntakePage> cut, string testId) =>
        cut.Find($"[data-testid={testId}]").GetAttribute("value");

    [Fact]
    public void FileTab_Docx_FillsTheFormAndSavesThroughTheImporter()
    {
        var cut = Render<ArticleIntakePage>();
        OpenTab(cut, "File");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(
            TestDocuments.Docx("Road budget", TestDocuments.StoryParagraphs, "Dana Whitfield"), "road-budget.docx"));
        cut.WaitForAssertion(() => Assert.Equal("Road budget", Value(cut, "title")), ImportServices.Wait);
        Assert.Equal("Dana Whitfield", Value(cut, "author"));
        Assert.Equal(string.Join("\n\n", TestDocuments.StoryParagraphs), Value(cut, "text"));
        cut.Find("[data-testid=save-article]").Click();

        var row = Assert.Single(Articles.List());
        Assert.Equal("Road budget", row.Title);
        Assert.EndsWith($"/articles/{row.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void FileTab_BadFile_ShowsWhyAndStoresNothing()
    {
        var cut = Render<ArticleIntakePage>();
        OpenTab(cut, "File");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestDocuments.PngBytes(), "photo.txt"));

        cut.WaitForAssertion(() => Assert.Equal("photo.txt is not a text file: its content is a PNG image.", cut.Find("[data-testid=import-error]").TextContent.Trim()), ImportServices.Wait);
        Assert.Null(Value(cut, "title"));
        Assert.True(Articles.IsEmpty());
    }

    [Fact]
    public void UrlTab_NewsPage_FillsEveryField()
    {
        var cut = Render<ArticleIntakePage>();
        OpenTab(cut, "URL");

        cut.Find("input[data-testid=import-url]").Input(_site.ArticleUrl);
        cut.Find("[data-testid=fetch-url]").Click();

        cut.WaitForAssertion(() => Assert.Equal(TestDocuments.NewsTitle, Value(cut, "title")), ImportServices.Wait);
        Assert.Equal(TestDocuments.NewsOutlet, Value(cut, "outlet"));
        Assert.Equal(TestDocuments.NewsAuthor, Value(cut, "author"));
        Assert.Equal(_site.ArticleUrl, Value(cut, "url"));
        Assert.Contains(cut.FindAll("input"), input => input.GetAttribute("value") == "2025-03-14");
        Assert.StartsWith(TestDocuments.NewsFirstSentence, Value(cut, "text"));
        Assert.True(Articles.IsEmpty());
    }

    [Fact]
    public void UrlTab_Import_KeepsWhatTheCheckerTypedWhereThePageHasNothing()
    {
        var cut = Render<ArticleIntakePage>();
        cut.Find("input[data-testid=outlet]").Change("My outlet");
        OpenTab(cut, "File");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestDocuments.Utf8("Just words."), "note.txt"));

        cut.WaitForAssertion(() => Assert.Equal("note", Value(cut, "title")), ImportServices.Wait);
        Assert.Equal("My outlet", Value(cut, "outlet"));
    }
}
