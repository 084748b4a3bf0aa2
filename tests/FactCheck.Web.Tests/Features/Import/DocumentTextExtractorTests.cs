using FactCheck.Core.Articles;
using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class DocumentTextExtractorTests
{
    [Fact]
    public void Extract_Docx_GivesTextTitleAndAuthor()
    {
        var outcome = ImportServices.Extractor().Extract("story.docx", TestDocuments.Docx("Road budget", TestDocuments.StoryParagraphs, "Dana Whitfield"));

        Assert.Null(outcome.Error);
        Assert.Equal(new ArticleDraft(string.Join("\n\n", TestDocuments.StoryParagraphs), "Road budget", "Dana Whitfield"), outcome.Draft);
    }

    [Fact]
    public void Extract_HtmlFile_GivesTheStoryAndItsMetadata()
    {
        var draft = ImportServices.Extractor().Extract("saved.html", TestDocuments.Utf8(TestDocuments.NewsPageHtml)).Draft!;

        Assert.Equal((TestDocuments.NewsTitle, TestDocuments.NewsOutlet, TestDocuments.NewsAuthor), (draft.Title, draft.Outlet, draft.Author));
        Assert.StartsWith(TestDocuments.NewsFirstSentence, draft.Text);
    }

    [Fact]
    public void Extract_PlainText_TitleFromTheFileName()
    {
        var draft = ImportServices.Extractor().Extract("road-budget.txt", TestDocuments.Utf8("The council cut the budget.\r\n\r\nThe mayor agreed.")).Draft!;

        Assert.Equal(new ArticleDraft("The council cut the budget.\n\nThe mayor agreed.", "road budget"), draft);
    }

    [Fact]
    public void Extract_Markdown_StripsMarkup()
    {
        var draft = ImportServices.Extractor().Extract("notes.md", TestDocuments.Utf8("# Roads\n\nA **12%** cut.")).Draft!;

        Assert.Equal(new ArticleDraft("A 12% cut.", "Roads"), draft);
    }

    [Theory]
    [InlineData("photo.txt", "photo.txt is not a text file: its content is a PNG image.")]
    public void Extract_BinaryRenamedTxt_ClearMessage(string fileName, string message)
    {
        var outcome = ImportServices.Extractor().Extract(fileName, TestDocuments.PngBytes());

        Assert.Equal(ImportOutcome.Failed(message), outcome);
    }

    [Fact]
    public void Extract_ArbitraryBinaryRenamedTxt_ClearMessage()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray();

        var outcome = ImportServices.Extractor().Extract("data.txt", bytes);

        Assert.Matches("^data.txt (is not valid UTF-8 text|does not look like a text file)", outcome.Error);
    }

    [Fact]
    public void Extract_EmptyDocx_ClearMessage()
    {
        Assert.Equal("empty.docx is empty.", ImportServices.Extractor().Extract("empty.docx", []).Error);
        Assert.Equal("blank.docx is a Word document without any text.", ImportServices.Extractor().Extract("blank.docx", TestDocuments.Docx(null, [])).Error);
    }

    [Fact]
    public void Extract_CorruptPdf_ClearMessage()
    {
        Assert.Equal("broken.pdf could not be read as a PDF; it may be damaged.", ImportServices.Extractor().Extract("broken.pdf", TestDocuments.CorruptPdf()).Error);
    }

    [Fact]
    public void Extract_InvalidUtf8_ClearMessage()
    {
        Assert.Equal(
            "cafe.txt is not valid UTF-8 text (invalid byte at position 7). Save it as UTF-8 and try again.",
            ImportServices.Extractor().Extract("cafe.txt", TestDocuments.Latin1Text()).Error);
    }

    [Fact]
    public void Extract_WhitespaceOnly_SaysThereIsNoText()
    {
        Assert.Equal("blank.txt contains no text.", ImportServices.Extractor().Extract("blank.txt", TestDocuments.Utf8(" \n\n \t")).Error);
    }

    [Fact]
    public void Extract_TextOverTheArticleLimit_SaysSo()
    {
        var outcome = ImportServices.Extractor(maxTextBytes: 1024).Extract("long.txt", TestDocuments.Utf8(new string('a', 2000)));

        Assert.Equal("long.txt: Text is too long: the limit is 1 KB.", outcome.Error);
    }

    [Fact]
    public async Task ReadAsync_StreamOverTheLimit_StopsReadingAndSaysSo()
    {
        var stream = new CountingStream(length: 50_000);

        var outcome = await ImportServices.Extractor(maxFileBytes: 10_000).ReadAsync("big.txt", stream, TestContext.Current.CancellationToken);

        Assert.Equal("big.txt is larger than the 9.8 KB limit for uploads.", outcome.Error);
        Assert.True(stream.Position < 50_000, "the whole stream was read");
    }

    [Fact]
    public async Task ReadAsync_PathInTheName_KeepsOnlyTheFileName()
    {
        var outcome = await ImportServices.Extractor().ReadAsync("uploads/road-budget.txt", new MemoryStream(TestDocuments.Utf8("Words.")), TestContext.Current.CancellationToken);

        Assert.Equal("road budget", outcome.Draft!.Title);
    }

    /// An endless-looking stream of 'a's that counts how far it was read.
    private sealed class CountingStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(Math.Min(count, 4096), length - _position);
            Array.Fill(buffer, (byte)'a', offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
