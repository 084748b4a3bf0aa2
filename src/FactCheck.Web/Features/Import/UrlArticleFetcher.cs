using System.Net;
using System.Net.Sockets;
using System.Text;
using FactCheck.Core.Articles;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Features.Import;

/// Fetches a web page on the server and extracts its article, within the configured time, size and redirect limits.
public sealed class UrlArticleFetcher(HttpClient http, IOptions<ImportOptions> options, ArticleLimits limits, ILogger<UrlArticleFetcher> logger)
{
    /// Pages with less readable text than this are navigation, login walls or error pages, not articles.
    public const int MinArticleCharacters = 200;

    private static readonly string[] _htmlTypes = ["text/html", "application/xhtml+xml"];

    public async Task<ImportOutcome> FetchAsync(string url, IProgress<FetchProgress>? progress, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return ImportOutcome.Failed("Only http and https addresses can be imported, such as https://example.com/news/story.");

        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.FetchTimeout);
        try
        {
            return await FetchPageAsync(uri, settings, progress, timeout.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ImportOutcome.Failed("Import cancelled.");
        }
        catch (OperationCanceledException)
        {
            return ImportOutcome.Failed($"{uri.Host} did not answer within {settings.FetchTimeout.TotalSeconds:0.#} seconds; the import timed out.");
        }
        catch (HttpRequestException e) when (Find<PrivateAddressException>(e) is { } refused)
        {
            return ImportOutcome.Failed($"Refused: {refused.Message} FactCheck only fetches pages on the public internet.");
        }
        catch (HttpRequestException e)
        {
            logger.LogInformation(e, "Fetching {Url} failed", uri);
            return ImportOutcome.Failed(Unreachable(uri, e));
        }
    }

    private async Task<ImportOutcome> FetchPageAsync(Uri uri, ImportOptions settings, IProgress<FetchProgress>? progress, CancellationToken cancellationToken)
    {
        // Redirects are followed here, not by the handler, so every hop's scheme is checked and the count is ours.
        for (var redirects = 0; ; redirects++)
        {
            progress?.Report(new FetchProgress(FetchStage.Connecting));
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5");
            request.Headers.UserAgent.ParseAdd("FactCheck/1.0 (article import)");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

            if (IsRedirect(response.StatusCode))
            {
                if (redirects == settings.MaxRedirects)
                    return ImportOutcome.Failed($"{uri.Host} redirected more than {settings.MaxRedirects} times; FactCheck stopped following.");
                if (response.Headers.Location is not { } location)
                    return ImportOutcome.Failed($"{uri.Host} answered with a redirect ({(int)response.StatusCode}) but gave no address to go to.");
                var next = new Uri(uri, location);
                if (next.Scheme is not ("http" or "https"))
                    return ImportOutcome.Failed($"{uri.Host} redirected to a {next.Scheme}: address; only http and https can be imported.");
                uri = next;
                continue;
            }
            if (!response.IsSuccessStatusCode)
                return ImportOutcome.Failed($"The page returned {(int)response.StatusCode} {Reason(response)}.");

            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            if (mediaType is not null && !_htmlTypes.Contains(mediaType) && mediaType != "text/plain")
                return ImportOutcome.Failed($"The address serves {mediaType}, not a web page. Download it and upload the file instead.");
            if (response.Content.Headers.ContentLength > settings.MaxDownloadBytes)
                return TooLarge(response.Content.Headers.ContentLength.Value, settings);

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var bytes = await BoundedReader.ReadAsync(body, settings.MaxDownloadBytes, n => progress?.Report(new FetchProgress(FetchStage.Downloading, n)), cancellationToken);
            if (bytes is null)
                return TooLarge(null, settings);

            progress?.Report(new FetchProgress(FetchStage.Extracting, bytes.Length));
            var text = Decode(bytes, response.Content.Headers.ContentType?.CharSet);
            var isHtml = mediaType is null ? ContentSniffer.LooksLikeHtml(text) : mediaType != "text/plain";
            var finalUri = uri;
            return await Task.Run(() => Extract(text, finalUri, isHtml), cancellationToken);
        }
    }

    private ImportOutcome Extract(string text, Uri uri, bool isHtml)
    {
        var draft = isHtml
            ? HtmlArticleExtractor.Extract(text, uri, wholePageIfNoArticle: false)
            : new ArticleDraft(ParagraphText.NormalizePlainText(text), Url: uri.AbsoluteUri);
        if (draft.Text.Length < MinArticleCharacters)
            return ImportOutcome.Failed($"No article found at {uri.Host}: the page has no readable article text (only {draft.Text.Length} characters).");
        if (limits.TextError(draft.Text) is { } tooLong)
            return ImportOutcome.Failed($"The article at {uri.Host} is too long to import. {tooLong}");
        return ImportOutcome.Succeeded(draft with { Title = draft.Title ?? uri.Host, Url = uri.AbsoluteUri });
    }

    private static ImportOutcome TooLarge(long? length, ImportOptions settings)
    {
        var size = length is { } n ? $" ({BoundedReader.FormatSize(n)})" : "";
        return ImportOutcome.Failed($"The page is too large{size}: FactCheck imports pages of up to {BoundedReader.FormatSize(settings.MaxDownloadBytes)}.");
    }

    // A declared legacy charset wins; otherwise UTF-8, leniently: one bad byte on a web page should not lose the article.
    private static string Decode(byte[] bytes, string? headerCharset)
    {
        if (HtmlCharset.Declared(bytes, headerCharset) is { } legacy)
            return legacy.GetString(bytes);
        var bom = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string Reason(HttpResponseMessage response) =>
        string.IsNullOrWhiteSpace(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase;

    private static string Unreachable(Uri uri, HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => $"Could not reach {uri.Host}: the host name was not found.",
        HttpRequestError.SecureConnectionError => $"Could not reach {uri.Host}: the secure (TLS) connection failed.",
        HttpRequestError.ConnectionError when Find<SocketException>(e) is { SocketErrorCode: SocketError.ConnectionRefused } =>
            $"Could not reach {uri.Host}: the connection was refused.",
        _ => $"Could not reach {uri.Host}: {e.Message}",
    };

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is T match)
                return match;
        }
        return null;
    }
}
