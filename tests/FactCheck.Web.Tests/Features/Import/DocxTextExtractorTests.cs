using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class DocxTextExtractorTests
{
    [Fact]
    public void Extract_TitleStyledFirstParagraph_BecomesTheTitle()
    {
        var docx = TestDocuments.Docx("Road budget", TestDocuments.StoryParagraphs, author: "Dana Whitfield");

        var draft = DocxTextExtractor.Extract("story.docx", docx);

        Assert.Equal("Road budget", draft.Title);
        Assert.Equal("Dana Whitfield", draft.Author);
        Assert.Equal(string.Join("\n\n", TestDocuments.StoryParagraphs), draft.Text);
    }

    [Fact]
    public void Extract_NoTitleStyle_KeepsEveryParagraphInTheText()
    {
        var draft = DocxTextExtractor.Extract("story.docx", TestDocuments.Docx(null, ["One.", "", "Two."]));

        Assert.Null(draft.Title);
        Assert.Equal("One.\n\nTwo.", draft.Text);
    }

    [Fact]
    public void Extract_NoText_SaysSo()
    {
        var e = Assert.Throws<ImportRejectedException>(() => DocxTextExtractor.Extract("empty.docx", TestDocuments.Docx(null, [])));

        Assert.Equal("empty.docx is a Word document without any text.", e.Message);
    }

    [Fact]
    public void Extract_ZipWithBrokenDocumentXml_SaysItIsDamaged()
    {
        var docx = TestDocuments.Docx(null, ["Words."]);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }

        var e = Assert.Throws<ImportRejectedException>(() => DocxTextExtractor.Extract("broken.docx", stream.ToArray()));

        Assert.Equal("broken.docx could not be read as a Word document; it may be damaged.", e.Message);
    }

    [Fact]
    public void Extract_DocumentPartInflatingPast64Megabytes_IsRefusedBeforeParsing()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.Fastest).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 65; i++)
                part.Write(spaces);
        }
        Assert.True(stream.Length < 1024 * 1024, "the bomb should be small on disk");

        var e = Assert.Throws<ImportRejectedException>(() => DocxTextExtractor.Extract("bomb.docx", stream.ToArray()));

        Assert.Equal("bomb.docx unpacks to more than 64 MB of text; that is not an article.", e.Message);
    }
}
