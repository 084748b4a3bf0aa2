using FactCheck.Core.Articles;
using FactCheck.Web.Features.Import;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Tests.Features.Import;

/// The import services as the app builds them, with limits a test can shrink.
public static class ImportServices
{
    /// How long a test waits for an import to finish: generous, because a loaded machine can be slow to JIT the parsers.
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public static DocumentTextExtractor Extractor(long maxFileBytes = 10 * 1024 * 1024, int maxTextBytes = ArticleLimits.DefaultMaxTextBytes) =>
        new(Options.Create(new ImportOptions { MaxFileBytes = maxFileBytes }), new ArticleLimits(maxTextBytes), NullLogger<DocumentTextExtractor>.Instance);

    public static UrlArticleFetcher Fetcher(bool allowPrivate = true, double timeoutSeconds = 30, int maxRedirects = 5)
    {
        var options = new ImportOptions
        {
            AllowPrivateAddresses = allowPrivate,
            FetchTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            MaxRedirects = maxRedirects,
        };
        var http = new HttpClient(ImportServiceCollectionExtensions.CreateHandler(options)) { Timeout = Timeout.InfiniteTimeSpan };
        return new UrlArticleFetcher(http, Options.Create(options), new ArticleLimits(), NullLogger<UrlArticleFetcher>.Instance);
    }
}
