using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FactCheck.Web.Features.Import;

/// Word (.docx) to plain text: one paragraph per Word paragraph, tables included, deleted revisions and field codes left out.
/// A first paragraph styled "Title" becomes the title; the author comes from the document properties.
public static class DocxTextExtractor
{
    // A document part this large holds far more than an article: refuse it before it is inflated (a "zip bomb").
    private const long MaxDocumentPartBytes = 64L * 1024 * 1024;

    public static ArticleDraft Extract(string fileName, byte[] content)
    {
        CheckUnpackedSize(fileName, content);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
                throw new ImportRejectedException($"{fileName} has no document body.");

            string? title = null;
            var paragraphs = new List<string>();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var text = ParagraphText.Clean(TextOf(paragraph));
                if (text.Length == 0)
                    continue;
                if (title is null && paragraphs.Count == 0 && IsTitleStyle(paragraph))
                    title = text.ReplaceLineEndings(" ");
                else
                    paragraphs.Add(text);
            }

            var properties = document.PackageProperties;
            if (paragraphs.Count == 0)
                throw new ImportRejectedException($"{fileName} is a Word document without any text.");
            return new ArticleDraft(
                ParagraphText.Join(paragraphs),
                Title: title ?? NullIfBlank(properties.Title),
                Author: NullIfBlank(properties.Creator));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FormatException)
        {
            throw new ImportRejectedException($"{fileName} could not be read as a Word document; it may be damaged.");
        }
    }

    private static void CheckUnpackedSize(string fileName, byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is { Length: > MaxDocumentPartBytes })
                throw new ImportRejectedException($"{fileName} unpacks to more than {MaxDocumentPartBytes / (1024 * 1024)} MB of text; that is not an article.");
        }
        catch (InvalidDataException)
        {
            throw new ImportRejectedException($"{fileName} is damaged: its ZIP structure cannot be read.");
        }
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            // Text boxes nest their own paragraphs, which are visited on their own.
            if (element.Ancestors<Paragraph>().FirstOrDefault() != paragraph)
                continue;
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }
        return text.ToString();
    }

    private static bool IsTitleStyle(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Title" or "Heading1";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
