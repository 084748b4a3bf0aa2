using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class PdfTextExtractorTests
{
    [Fact]
    public void Extract_TwoParagraphs_JoinsLinesAndSeparatesParagraphs()
    {
        var pdf = TestDocuments.Pdf("Road budget", [
            ["The council voted to cut the road budget", "by 12 percent on Thursday."],
            ["The mayor said the savings would go to schools."],
        ], author: "Dana Whitfield");

        var draft = PdfTextExtractor.Extract("story.pdf", pdf);

        Assert.Equal("Road budget", draft.Title);
        Assert.Equal("Dana Whitfield", draft.Author);
        Assert.Equal("The council voted to cut the road budget by 12 percent on Thursday.\n\nThe mayor said the savings would go to schools.", draft.Text);
    }

    [Fact]
    public void Extract_Garbage_SaysItIsDamaged()
    {
        var e = Assert.Throws<ImportRejectedException>(() => PdfTextExtractor.Extract("broken.pdf", TestDocuments.CorruptPdf()));

        Assert.Equal("broken.pdf could not be read as a PDF; it may be damaged.", e.Message);
    }

    [Fact]
    public void Extract_PageWithoutText_SaysThereIsNoTextLayer()
    {
        var e = Assert.Throws<ImportRejectedException>(() => PdfTextExtractor.Extract("scan.pdf", TestDocuments.Pdf(null, [])));

        Assert.StartsWith("scan.pdf has no text layer", e.Message);
    }
}
