using System.Globalization;
using FactCheck.Storage;
using FactCheck.Storage.Safety;
using FactCheck.Web.Features.Account;
using FactCheck.Web.Features.Api;
using Microsoft.AspNetCore.Authorization;

namespace FactCheck.Web.Features.Backup;

/// GET /api/admin/backup: a consistent copy of the live database as a LiteDB file, for admins (cookie) or
/// for `factcheck backup` on the same machine (the token from the running-app file).
public static class BackupEndpoints
{
    public const string Policy = "backup";

    public static void AddBackupPolicy(AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.Admins)
            || context.Resource is HttpContext http && http.RequestServices.GetRequiredService<BackupToken>().Matches(http.Request.Headers[BackupToken.Header])));

    public static void MapBackupEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/backup", async (HttpContext http, FactCheckDb db, TimeProvider clock, ILoggerFactory loggers) =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "factcheck-backups");
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
            try
            {
                var summary = DatabaseBackup.WriteTo(db, path);
                loggers.CreateLogger("FactCheck.Backup").LogInformation("Backup for {User}: {Summary}", http.User.Identity?.Name ?? "factcheck backup", summary.Describe());
                http.Response.Headers["X-FactCheck-Schema-Version"] = summary.SchemaVersion.ToString(CultureInfo.InvariantCulture);
                http.Response.ContentType = "application/octet-stream";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"factcheck-{clock.GetUtcNow():yyyyMMdd-HHmmss}.db\"";
                http.Response.ContentLength = summary.Bytes;
                await http.Response.SendFileAsync(path, http.RequestAborted);
                return Results.Empty;
            }
            finally
            {
                File.Delete(path);
            }
        })
        .RequireAuthorization(Policy)
        .WithMetadata(new ApiProblems.ApiEndpoint())
        .AddEndpointFilter(ApiProblems.Guard);
    }
}
