using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace FactCheck.Web.Features.Import;

/// PDF to plain text with PdfPig, page by page in content order; lines of one paragraph are joined.
public static class PdfTextExtractor
{
    private const int MaxPages = 500;

    private static readonly ContentOrderTextExtractor.Options _layout = new() { SeparateParagraphsWithDoubleNewline = true };

    public static ArticleDraft Extract(string fileName, byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
                throw new ImportRejectedException($"{fileName} has {document.NumberOfPages:N0} pages; FactCheck imports PDFs of up to {MaxPages} pages.");

            var paragraphs = new List<string>();
            foreach (var page in document.GetPages())
            {
                var text = ContentOrderTextExtractor.GetText(page, _layout).ReplaceLineEndings("\n");
                paragraphs.AddRange(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(JoinLines));
            }
            var body = ParagraphText.Join(paragraphs);
            if (body.Length == 0)
                throw new ImportRejectedException($"{fileName} has no text layer (it may be a scanned image); FactCheck cannot read text from images.");

            var info = document.Information;
            return new ArticleDraft(body, Title: NullIfBlank(info.Title), Author: NullIfBlank(info.Author));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportRejectedException($"{fileName} is password-protected. Remove the password and try again.");
        }
        catch (Exception e) when (e is not ImportRejectedException and not OperationCanceledException)
        {
            // PdfPig reports damage with many exception types (format, parse, index, null reference); all mean the same to the checker.
            throw new ImportRejectedException($"{fileName} could not be read as a PDF; it may be damaged.");
        }
    }

    // Inside a paragraph PdfPig keeps the page's line breaks; a line ending in a hyphen joins the next without a space.
    private static string JoinLines(string paragraph)
    {
        var result = new StringBuilder(paragraph.Length);
        foreach (var raw in paragraph.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            if (result.Length > 0 && result[^1] != '-')
                result.Append(' ');
            result.Append(line);
        }
        return result.ToString();
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
