using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class ContentSnifferTests
{
    [Theory]
    [InlineData("story.txt", "Plain words.", ImportFormat.PlainText)]
    [InlineData("story.md", "# Heading\n\nWords.", ImportFormat.Markdown)]
    [InlineData("story.html", "<!DOCTYPE html><html><body><p>Words.</p></body></html>", ImportFormat.Html)]
    [InlineData("STORY.HTM", "  \n<p>Words.</p>", ImportFormat.Html)]
    public void Detect_TextFormats_FollowTheExtension(string fileName, string content, ImportFormat expected)
    {
        Assert.Equal(expected, ContentSniffer.Detect(fileName, TestDocuments.Utf8(content)).Format);
    }

    [Fact]
    public void Detect_RealDocxAndPdf_AreRecognised()
    {
        Assert.Equal(ImportFormat.Docx, ContentSniffer.Detect("a.docx", TestDocuments.Docx("T", ["Words."])).Format);
        Assert.Equal(ImportFormat.Pdf, ContentSniffer.Detect("a.pdf", TestDocuments.Pdf(null, [["Words."]])).Format);
    }

    [Fact]
    public void Detect_PngRenamedTxt_SaysItIsAnImage()
    {
        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect("notes.txt", TestDocuments.PngBytes()));

        Assert.Equal("notes.txt is not a text file: its content is a PNG image.", e.Message);
    }

    [Fact]
    public void Detect_PdfRenamedDocx_SaysItIsNotAWordDocument()
    {
        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect("story.docx", TestDocuments.Pdf(null, [["Words."]])));

        Assert.Equal("story.docx is not a Word document: its content is a PDF document.", e.Message);
    }

    [Fact]
    public void Detect_TextRenamedPdf_SaysItIsNotAPdf()
    {
        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect("story.pdf", TestDocuments.Utf8("Just words.")));

        Assert.Equal("story.pdf is not a PDF: its content is text.", e.Message);
    }

    [Fact]
    public void Detect_ZipWithoutWordPart_IsNotAWordDocument()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("readme.txt");

        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect("story.docx", stream.ToArray()));

        Assert.Contains("ZIP archive without a word/document.xml part", e.Message);
    }

    [Fact]
    public void Detect_TruncatedZip_SaysItIsDamaged()
    {
        var docx = TestDocuments.Docx("T", ["Words."]);

        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect("story.docx", docx[..40]));

        Assert.Equal("story.docx is damaged: its ZIP structure cannot be read.", e.Message);
    }

    [Theory]
    [InlineData("story.rtf", "FactCheck cannot import '.rtf' files. Use .txt, .md, .html, .htm, .docx or .pdf.")]
    [InlineData("story", "FactCheck cannot import files without an extension. Use .txt, .md, .html, .htm, .docx or .pdf.")]
    public void Detect_UnsupportedExtension_ListsTheSupportedOnes(string fileName, string message)
    {
        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect(fileName, TestDocuments.Utf8("Words.")));

        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("story.txt")]
    [InlineData("story.docx")]
    [InlineData("story.pdf")]
    public void Detect_EmptyFile_SaysItIsEmpty(string fileName)
    {
        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect(fileName, []));

        Assert.Equal($"{fileName} is empty.", e.Message);
    }

    [Fact]
    public void Detect_HtmlFileWithoutTags_IsRefused()
    {
        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect("page.html", TestDocuments.Utf8("Only words, no markup.")));

        Assert.StartsWith("page.html does not look like an HTML page", e.Message);
    }

    [Fact]
    public void Detect_OldWordFile_AsksForDocx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect("old.docx", ole));

        Assert.Contains("save it as .docx", e.Message);
    }

    [Fact]
    public void Detect_TextThatStartsLikeAProgram_IsStillText()
    {
        Assert.Equal(ImportFormat.PlainText, ContentSniffer.Detect("note.txt", TestDocuments.Utf8("MZ Holdings reported record profits on Monday.")).Format);
    }

    [Fact]
    public void Detect_PdfRenamedTxt_SaysItIsAPdf()
    {
        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect("story.txt", TestDocuments.Pdf(null, [["Words."]])));

        Assert.Equal("story.txt is not a text file: its content is a PDF document.", e.Message);
    }

    [Fact]
    public void Detect_HtmlDeclaringWindows1252_IsDecodedWithIt()
    {
        byte[] page = [.. "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf"u8, 0xE9, .. " - "u8, 0x93, .. "open"u8, 0x94, .. "</p></body></html>"u8];

        var sniffed = ContentSniffer.Detect("cafe.html", page);

        Assert.Equal(ImportFormat.Html, sniffed.Format);
        Assert.Contains("Caf\u00e9", sniffed.Text);
        Assert.Contains("\u201Copen\u201D", sniffed.Text);
    }

    [Fact]
    public void Detect_Latin1TextFile_IsRefusedAsInvalidUtf8()
    {
        var e = Assert.Throws<ImportRejectedException>(() => ContentSniffer.Detect("cafe.txt", TestDocuments.Latin1Text()));

        Assert.StartsWith("cafe.txt is not valid UTF-8 text", e.Message);
    }
}
