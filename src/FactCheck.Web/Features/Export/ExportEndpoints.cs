using FactCheck.Storage.Exports;
using FactCheck.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Features.Export;

/// Downloads of the desk's verdicts for editors: GET /export/claimreview.jsonld, /export/verdicts.csv and
/// /export/annotations.jsonld, each optionally ?articleId=N. When there is nothing to export the answer is
/// a 404 with a sentence saying so (plain text, so a browser shows it), never an empty or header-only file.
public static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export").RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Editors });
        export.MapGet("/claimreview.jsonld", (HttpContext http, int? articleId) => Download(http, ExportFormat.ClaimReview, articleId));
        export.MapGet("/verdicts.csv", (HttpContext http, int? articleId) => Download(http, ExportFormat.Csv, articleId));
        export.MapGet("/annotations.jsonld", (HttpContext http, int? articleId) => Download(http, ExportFormat.Annotations, articleId));
    }

    private static IResult Download(HttpContext http, ExportFormat format, int? articleId)
    {
        var exporter = http.RequestServices.GetRequiredService<DeskExporter>();
        var file = exporter.Prepare(format, BaseUrl(http), articleId);
        if (file.Problem is { } problem)
            return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        // The writers are synchronous; the buffer (memory, then a temp file) keeps them off the response stream.
        return Results.Stream(
            async body =>
            {
                await using var buffer = new FileBufferingWriteStream();
                file.WriteTo(buffer);
                await buffer.DrainBufferAsync(body, http.RequestAborted);
            },
            file.MediaType,
            file.FileName);
    }

    /// Where the desk publishes: FactCheck:PublicBaseUrl when set, otherwise this app's own address.
    internal static string BaseUrl(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<FactCheckOptions>>().Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured) ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}" : configured.TrimEnd('/');
    }
}
