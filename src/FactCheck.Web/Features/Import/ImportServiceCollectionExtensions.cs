using System.Net;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Features.Import;

public static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddArticleImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.AddSingleton<DocumentTextExtractor>();
        services.AddHttpClient<UrlArticleFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => CreateHandler(sp.GetRequiredService<IOptions<ImportOptions>>().Value));
        return services;
    }

    // The fetcher applies its own timeout and follows redirects itself; the handler only connects, and only to allowed addresses.
    public static SocketsHttpHandler CreateHandler(ImportOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        // A proxy would make the address check see the proxy instead of the target.
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.FetchTimeout,
        ConnectCallback = AddressGuard.ConnectCallback(options.AllowPrivateAddresses),
    };
}
