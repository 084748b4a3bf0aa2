using FactCheck.Core.Articles;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Features.Import;

/// Turns an uploaded file (.txt, .md, .html, .docx, .pdf) into an article draft, or a message saying why it cannot.
public sealed class DocumentTextExtractor(IOptions<ImportOptions> options, ArticleLimits limits, ILogger<DocumentTextExtractor> logger)
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    public async Task<ImportOutcome> ReadAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        fileName = Path.GetFileName(fileName);
        var bytes = await BoundedReader.ReadAsync(content, MaxFileBytes, onRead: null, cancellationToken);
        if (bytes is null)
            return TooLarge(fileName);
        // Parsing a large PDF or page is CPU work: keep it off the circuit's synchronisation context.
        return await Task.Run(() => Extract(fileName, bytes), cancellationToken);
    }

    public ImportOutcome TooLarge(string fileName) =>
        ImportOutcome.Failed($"{fileName} is larger than the {BoundedReader.FormatSize(MaxFileBytes)} limit for uploads.");

    public ImportOutcome Extract(string fileName, byte[] content)
    {
        try
        {
            if (content.LongLength > MaxFileBytes)
                return TooLarge(fileName);
            var sniffed = ContentSniffer.Detect(fileName, content);
            var draft = sniffed.Format switch
            {
                ImportFormat.Pdf => PdfTextExtractor.Extract(fileName, content),
                ImportFormat.Docx => DocxTextExtractor.Extract(fileName, content),
                ImportFormat.Html => HtmlArticleExtractor.Extract(sniffed.Text!, pageUrl: null, wholePageIfNoArticle: true),
                ImportFormat.Markdown => MarkdownTextExtractor.Extract(sniffed.Text!),
                _ => new ArticleDraft(ParagraphText.NormalizePlainText(sniffed.Text!)),
            };
            if (string.IsNullOrWhiteSpace(draft.Text))
                return ImportOutcome.Failed($"{fileName} contains no text.");
            if (limits.TextError(draft.Text) is { } tooLong)
                return ImportOutcome.Failed($"{fileName}: {tooLong}");
            return ImportOutcome.Succeeded(draft with { Title = draft.Title ?? ParagraphText.TitleFromFileName(fileName) });
        }
        catch (ImportRejectedException e)
        {
            return ImportOutcome.Failed(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Parsers of untrusted files fail in unforeseen ways; the checker gets a message and the app keeps running.
            logger.LogWarning(e, "Import of {FileName} failed", fileName);
            return ImportOutcome.Failed($"{fileName} could not be read; it may be damaged.");
        }
    }
}
