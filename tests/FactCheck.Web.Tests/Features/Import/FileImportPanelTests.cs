using Bunit;
using FactCheck.Web.Features.Import;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Import;

public class FileImportPanelTests : WebTestContext
{
    private readonly List<ArticleDraft> _imported = [];

    public FileImportPanelTests() => Services.AddSingleton(ImportServices.Extractor(maxFileBytes: 64 * 1024));

    private IRenderedComponent<FileImportPanel> RenderPanel() =>
        Render<FileImportPanel>(p => p.Add(x => x.OnImported, (ArticleDraft d) => _imported.Add(d)));

    [Fact]
    public void FileImportPanel_Docx_RaisesTheDraftAndConfirms()
    {
        var cut = RenderPanel();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(
            TestDocuments.Docx("Road budget", TestDocuments.StoryParagraphs, "Dana Whitfield"), "road-budget.docx"));

        var words = ImportStatus.Words(string.Join(" ", TestDocuments.StoryParagraphs));
        cut.WaitForAssertion(() => Assert.Equal($"Imported road-budget.docx: {words} words. Check the fields below, then save.", cut.Find("[data-testid=import-success]").TextContent.Trim()), ImportServices.Wait);
        var draft = Assert.Single(_imported);
        Assert.Equal(("Road budget", "Dana Whitfield"), (draft.Title, draft.Author));
        Assert.Empty(cut.FindAll("[data-testid=import-error]"));
    }

    [Theory]
    [InlineData("photo.txt", "photo.txt is not a text file: its content is a PNG image.")]
    [InlineData("broken.pdf", "broken.pdf could not be read as a PDF; it may be damaged.")]
    [InlineData("empty.docx", "empty.docx is empty.")]
    [InlineData("cafe.txt", "cafe.txt is not valid UTF-8 text (invalid byte at position 7). Save it as UTF-8 and try again.")]
    public void FileImportPanel_BadFile_ShowsWhyAndRaisesNothing(string fileName, string message)
    {
        byte[] content = fileName switch
        {
            "photo.txt" => TestDocuments.PngBytes(),
            "broken.pdf" => TestDocuments.CorruptPdf(),
            "empty.docx" => [],
            _ => TestDocuments.Latin1Text(),
        };
        var cut = RenderPanel();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, fileName));

        cut.WaitForAssertion(() => Assert.Equal(message, cut.Find("[data-testid=import-error]").TextContent.Trim()), ImportServices.Wait);
        Assert.Empty(_imported);
    }

    [Fact]
    public void FileImportPanel_FileOverTheLimit_SaysSo()
    {
        var cut = RenderPanel();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[100 * 1024], "huge.txt"));

        cut.WaitForAssertion(() => Assert.Equal("huge.txt is larger than the 64 KB limit for uploads.", cut.Find("[data-testid=import-error]").TextContent.Trim()), ImportServices.Wait);
        Assert.Empty(_imported);
    }

    [Fact]
    public void FileImportPanel_Hint_ListsFormatsAndLimit()
    {
        var cut = RenderPanel();

        Assert.Equal("Word (.docx), PDF, web page (.html), Markdown (.md) or text (.txt), up to 64 KB", cut.Find("[data-testid=file-hint]").TextContent.Trim());
        Assert.Equal(".txt,.md,.html,.htm,.docx,.pdf", cut.Find("input[type=file]").GetAttribute("accept"));
    }
}
