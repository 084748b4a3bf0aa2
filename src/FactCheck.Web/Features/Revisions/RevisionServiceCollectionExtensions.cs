using FactCheck.Core;
using FactCheck.Core.Anchoring;
using FactCheck.Core.Articles;
using FactCheck.Storage;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Features.Revisions;

public static class RevisionServiceCollectionExtensions
{
    public static IServiceCollection AddRevisions(this IServiceCollection services)
    {
        services.AddSingleton(SpanReanchorer.Default);
        services.AddSingleton<RevisionStore>(sp => new RevisionStore(sp.GetRequiredService<FactCheckDb>(), sp.GetRequiredService<SpanReanchorer>()));
        services.AddSingleton(sp => new RevisionImporter(
            sp.GetRequiredService<RevisionStore>(),
            sp.GetRequiredService<ArticleAnalyzer>(),
            sp.GetRequiredService<ArticleLimits>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<FactCheckOptions>>().Value.ClaimThreshold));
        services.AddRevisionInput<PasteRevisionInput>("Paste", order: 0);
        // File and URL import come from Features/Import: the same readers and fetcher as for a new article.
        services.AddRevisionInput<FileRevisionInput>("File", order: 1);
        services.AddRevisionInput<UrlRevisionInput>("URL", order: 2);
        return services;
    }

    /// Adds a way to bring in a new version (a file upload, a URL fetch) as a tab of the import dialog.
    public static IServiceCollection AddRevisionInput<TInput>(this IServiceCollection services, string label, int order)
        where TInput : RevisionInputBase =>
        services.AddSingleton(new RevisionInputOption(label, typeof(TInput), order));
}
