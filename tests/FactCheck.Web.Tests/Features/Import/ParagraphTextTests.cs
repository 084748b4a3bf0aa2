using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class ParagraphTextTests
{
    [Fact]
    public void Join_MessyParagraphs_OneBlankLineBetweenCleanParagraphs()
    {
        var text = ParagraphText.Join(["  First \t para\u00A0graph ", "", "   ", "Second\nwith a break  "]);

        Assert.Equal("First para graph\n\nSecond\nwith a break", text);
    }

    [Fact]
    public void NormalizePlainText_CrLfAndBlankRuns_KeepsWrappingAndParagraphs()
    {
        var text = ParagraphText.NormalizePlainText("\r\n\r\nTitle  \r\n\r\n\r\n\r\nLine one\r\nline two   \r\n\r\nLast\r\n\r\n");

        Assert.Equal("Title\n\nLine one\nline two\n\nLast", text);
    }

    [Theory]
    [InlineData("budget-cuts_2025.docx", "budget cuts 2025")]
    [InlineData("Story.pdf", "Story")]
    public void TitleFromFileName_Separators_BecomeSpaces(string fileName, string title)
    {
        Assert.Equal(title, ParagraphText.TitleFromFileName(fileName));
    }
}
