using FactCheck.Core;
using FactCheck.Core.Articles;
using FactCheck.Storage;
using FactCheck.Web.Features.Account;
using FactCheck.Web.Features.Articles;
using FactCheck.Web.Features.Import;
using FactCheck.Web.Features.Revisions;
using FactCheck.Web.Features.Dashboard;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Extensions;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddFactCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FactCheckOptions>(configuration.GetSection(FactCheckOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ArticleAnalyzer.Default);
        services.AddSingleton(sp => new ArticleLimits(sp.GetRequiredService<IOptions<FactCheckOptions>>().Value.MaxArticleBytes));

        // One LiteDatabase for the app: it is thread-safe and meant to live as long as the process.
        services.AddSingleton(sp => FactCheckDb.OpenFile(sp.GetRequiredService<IOptions<FactCheckOptions>>().Value.Database));
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<VerdictStore>();
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<ScaleStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<SpanStore>();
        services.AddSingleton<EvidenceStore>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<AdminBootstrapper>();
        services.AddSingleton(sp => new ArticleImporter(
            sp.GetRequiredService<ArticleStore>(),
            sp.GetRequiredService<ArticleAnalyzer>(),
            sp.GetRequiredService<ArticleLimits>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<FactCheckOptions>>().Value.ClaimThreshold));
        services.AddSingleton<SampleSeeder>();
        services.AddArticleImport(configuration);
        services.AddRevisions();
        services.AddEditorial();
        return services;
    }
}
