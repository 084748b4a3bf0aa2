using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace FactCheck.Web.Tests.Features.Import;

/// Small documents built in code for the import tests (also linked into the browser tests).
public static class TestDocuments
{
    public const string NewsTitle = "Council cuts road repair budget by 12%";

    public const string NewsOutlet = "The Valley Ledger";

    public const string NewsAuthor = "Dana Whitfield";

    public const string NewsFirstSentence = "The city council voted on Thursday to cut the road repair budget by 12%";

    /// A saved news page as sites serve them: navigation, a cookie banner, ads, related links and a footer around the story.
    public const string NewsPageHtml = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Council cuts road repair budget by 12% | The Valley Ledger</title>
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <meta name="author" content="Dana Whitfield">
          <meta name="description" content="The first cut in a decade passed after a session that ran past midnight.">
          <meta property="og:site_name" content="The Valley Ledger">
          <meta property="og:type" content="article">
          <meta property="og:title" content="Council cuts road repair budget by 12%">
          <meta property="article:published_time" content="2025-03-14T08:30:00Z">
          <link rel="canonical" href="https://valley-ledger.example/local/2025/03/14/council-cuts-road-budget">
          <link rel="stylesheet" href="/static/site.css">
          <script>window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); }</script>
        </head>
        <body class="article-page">
          <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all</button></div>
          <header class="site-header">
            <a class="logo" href="/">The Valley Ledger</a>
            <nav class="main-nav">
              <ul><li><a href="/local">Local</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
              <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul>
            </nav>
          </header>
          <div class="ad ad-leaderboard" aria-label="Advertisement">ADVERTISEMENT: Switch your energy plan today and save up to 30%!</div>
          <main id="content">
            <article class="story">
              <header class="story-header">
                <p class="kicker"><a href="/local">Local politics</a></p>
                <h1 class="headline">Council cuts road repair budget by 12%</h1>
                <p class="byline">By <a rel="author" href="/staff/dana-whitfield">Dana Whitfield</a></p>
                <time datetime="2025-03-14T08:30:00Z">March 14, 2025</time>
              </header>
              <div class="story-body">
                <p>The city council voted on Thursday to cut the road repair budget by 12%, the first reduction in a decade, after a heated session that ran past midnight.</p>
                <p>"We simply cannot afford to resurface every street this year," said Mayor Elena Ruiz, who backed the cut. She said the savings, about 3.4 million euros, would pay for repairs to four primary schools.</p>
                <div class="ad ad-inline">Advertisement: Ledger Travel deals to the coast from 49 euros.</div>
                <p>Opposition councillor Tom Becker called the decision short-sighted. "Every euro we save on potholes today costs us three tomorrow," he said, citing a 2019 study by the regional transport office.</p>
                <p>According to the council's own survey, 41% of the city's roads were rated poor or very poor last year, up from 33% in 2020. Complaints about potholes doubled over the same period.</p>
                <p>The budget now goes to the regional audit office, which has six weeks to approve it. Residents can comment on the plan at the town hall until April 30.</p>
              </div>
            </article>
            <aside class="related">
              <h2>Most read</h2>
              <ul><li><a href="/sport/1">Valley United win the derby</a></li><li><a href="/local/2">New bike lanes on Main Street</a></li><li><a href="/local/3">Library hours extended</a></li></ul>
            </aside>
          </main>
          <footer class="site-footer"><p>© 2025 The Valley Ledger. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
        </body>
        </html>
        """;

    /// A page that is only navigation: nothing a reader would call an article.
    public const string MenuPageHtml = """
        <!DOCTYPE html><html><head><title>Sections | The Valley Ledger</title></head>
        <body><nav><a href="/local">Local</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav><p>Choose a section.</p></body></html>
        """;

    public static readonly string[] StoryParagraphs =
    [
        "The city council voted on Thursday to cut the road repair budget by 12%, the first reduction in a decade.",
        "\u201CWe simply cannot afford to resurface every street this year,\u201D said Mayor Elena Ruiz.",
        "Opposition councillor Tom Becker said 41% of the roads were rated poor last year, up from 33% in 2020.",
    ];

    public static byte[] Docx(string? title, IEnumerable<string> paragraphs, string? author = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            if (title is not null)
                body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), new Run(new Text(title))));
            foreach (var paragraph in paragraphs)
                body.Append(new Paragraph(new Run(new Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
            document.AddMainDocumentPart().Document = new Document(body);
            if (author is not null)
                document.PackageProperties.Creator = author;
        }
        return stream.ToArray();
    }

    /// A one-page PDF: each paragraph on its own lines, paragraphs separated by a wider gap.
    public static byte[] Pdf(string? title, IEnumerable<string[]> paragraphs, string? author = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        var y = 780.0;
        foreach (var lines in paragraphs)
        {
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 14;
            }
            y -= 18;
        }
        if (title is not null)
            builder.DocumentInformation.Title = title;
        if (author is not null)
            builder.DocumentInformation.Author = author;
        return builder.Build();
    }

    /// Starts like a PDF, then nothing a PDF reader can use.
    public static byte[] CorruptPdf() =>
        [.. "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"u8, .. Enumerable.Range(0, 600).Select(i => (byte)(i * 37 % 251))];

    /// The first bytes of a PNG image and some of its binary body.
    public static byte[] PngBytes() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, .. Enumerable.Range(0, 200).Select(i => (byte)i)];

    /// Latin-1 bytes (é as 0xE9) in the middle of otherwise plain text: not valid UTF-8.
    public static byte[] Latin1Text() =>
        [.. "The caf"u8, 0xE9, .. " reopened on Monday, the owner said, after a year of repairs to its roof.\n"u8];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
