using System.Globalization;
using FactCheck.Core.Accounts;
using FactCheck.Web.Features.Account;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Metadata;

namespace FactCheck.Web.Features.Api;

/// Errors of the JSON API as RFC 9457 problem details with a message a person can act on; never a
/// stack trace, never an HTML page or a redirect to the login form.
public static class ApiProblems
{
    /// Marks endpoints that answer in JSON: the cookie handler answers 401/403 instead of redirecting,
    /// and the status-code pages middleware leaves their errors alone.
    public sealed class ApiEndpoint : IDisableCookieRedirectMetadata, ISkipStatusCodePagesMetadata;

    public static IResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    /// An endpoint filter for a group of API endpoints: state-changing requests need the antiforgery token
    /// in the X-CSRF-TOKEN header (from GET /api/antiforgery), and an unexpected exception becomes a 500
    /// problem that is logged, not shown.
    public static async ValueTask<object?> Guard(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Problem(StatusCodes.Status400BadRequest, "Missing or invalid antiforgery token",
                    $"Changes through the API need the antiforgery token: GET /api/antiforgery as the signed-in user and send its token in the {VerdictApi.AntiforgeryHeader} header.");
            }
        }
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblems)).LogError(e, "API request {Method} {Path} failed", http.Request.Method, http.Request.Path);
            return Problem(StatusCodes.Status500InternalServerError, "Server error",
                "Something went wrong on the server and the request did not complete. It has been logged; try again, and tell an admin if it keeps happening.");
        }
    }

    /// Gives the cookie handler's 401 and 403 for API endpoints a problem body saying what to do.
    public static void UseProblemsForApiChallenges(CookieAuthenticationOptions options)
    {
        var redirectToLogin = options.Events.OnRedirectToLogin;
        var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToLogin = context => IsApi(context.HttpContext)
            ? Write(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign in first",
                "This endpoint needs a signed-in user: sign in at /login and send the FactCheck.Auth cookie with the request.")
            : redirectToLogin(context);
        options.Events.OnRedirectToAccessDenied = context => IsApi(context.HttpContext)
            ? Write(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed for your role", Forbidden(context.HttpContext))
            : redirectToAccessDenied(context);
    }

    private static bool IsApi(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<ApiEndpoint>() is not null;

    private static string Forbidden(HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        var needed = http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()?.Roles;
        var role = user is null ? "your role" : $"the {user.Role.Label()} role";
        return needed is null
            ? $"This is not allowed for {role}."
            : string.Create(CultureInfo.InvariantCulture, $"This needs one of the roles {needed.Replace(",", ", ", StringComparison.Ordinal)}; you are signed in with {role}.");
    }

    private static Task Write(HttpContext http, int status, string title, string detail) =>
        Problem(status, title, detail).ExecuteAsync(http);
}
