using FactCheck.Storage;
using FactCheck.Storage.Desk;

namespace FactCheck.Web.Features.Dashboard;

public static class EditorialServices
{
    /// The review queue, dashboard, audit and admin views: their queries over the desk snapshot.
    public static IServiceCollection AddEditorial(this IServiceCollection services)
    {
        services.AddSingleton<DeskFacts>();
        services.AddSingleton<DashboardQuery>();
        services.AddSingleton<VerdictLists>();
        services.AddSingleton<ScaleChanges>();
        services.AddHostedService<DeskWarmup>();
        return services;
    }
}
