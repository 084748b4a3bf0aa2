using Bunit;
using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class ImportStatusTests : WebTestContext
{
    [Fact]
    public void ImportStatus_Busy_ShowsProgressAndCancelOnlyWhenCancellable()
    {
        var cancelled = false;

        var cut = Render<ImportStatus>(p => p.Add(x => x.Busy, true).Add(x => x.BusyText, "Downloading… 1.2 MB").Add(x => x.Error, "old error"));
        var cancellable = Render<ImportStatus>(p => p.Add(x => x.Busy, true).Add(x => x.OnCancel, () => cancelled = true));

        Assert.Equal("Downloading… 1.2 MB", cut.Find("[data-testid=import-progress-text]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=cancel-import]"));
        Assert.Empty(cut.FindAll("[data-testid=import-error]"));
        cancellable.Find("[data-testid=cancel-import]").Click();
        Assert.True(cancelled);
    }

    [Fact]
    public void ImportStatus_Error_IsShownAsText()
    {
        var cut = Render<ImportStatus>(p => p.Add(x => x.Error, "<b>bad.txt</b> is not a text file."));

        Assert.Equal("<b>bad.txt</b> is not a text file.", cut.Find("[data-testid=import-error]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=import-error] b"));
    }

    [Fact]
    public void ImportStatus_Success_ShownWhenThereIsNoError()
    {
        var cut = Render<ImportStatus>(p => p.Add(x => x.Success, "Imported 12 words."));

        Assert.Equal("Imported 12 words.", cut.Find("[data-testid=import-success]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=import-progress]"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("  one\n\ntwo\tthree  ", 3)]
    public void Words_Text_CountsWhitespaceSeparatedWords(string text, int words)
    {
        Assert.Equal(words, ImportStatus.Words(text));
    }
}
