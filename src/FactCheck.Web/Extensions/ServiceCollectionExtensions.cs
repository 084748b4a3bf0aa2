using FactCheck.Core;
using FactCheck.Core.Articles;
using FactCheck.Storage;
using FactCheck.Storage.Exports;
using FactCheck.Web.Features.Account;
using FactCheck.Web.Features.Api;
using FactCheck.Web.Features.Articles;
using FactCheck.Web.Features.Backup;
using FactCheck.Web.Features.Dashboard;
using FactCheck.Web.Features.Import;
using FactCheck.Web.Features.Revisions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
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

        // Exports, the JSON API and backups of the running app.
        services.AddSingleton<ExportQuery>();
        services.AddSingleton<DeskExporter>();
        services.AddSingleton<BackupToken>();
        services.AddHostedService<RunningAppFile>();
        services.Configure<AntiforgeryOptions>(options => options.HeaderName = VerdictApi.AntiforgeryHeader);
        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, ApiProblems.UseProblemsForApiChallenges);
        services.Configure<AuthorizationOptions>(BackupEndpoints.AddBackupPolicy);

        services.AddEditorial();
        return services;
    }
}
