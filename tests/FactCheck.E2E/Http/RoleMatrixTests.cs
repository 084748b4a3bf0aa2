using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.E2E.Http;

/// Every page and endpoint × anonymous and each role, with the expected outcome written out by hand
/// (never derived from the attributes under test), plus a check that every routable endpoint of the
/// app is in the table: a new page or endpoint without a row fails here until someone decides who may
/// use it. When you add a page, add its row.
public class RoleMatrixTests(HttpAppFixture app) : IClassFixture<HttpAppFixture>
{
    /// What a principal gets: in, sent to sign in (302 to /login or 401), or refused (302 to /access-denied or 403).
    public enum Access
    {
        Allow,
        SignIn,
        Deny,
    }

    private const Access A = Access.Allow;
    private const Access S = Access.SignIn;
    private const Access D = Access.Deny;

    /// Route pattern as the app maps it, the request the test makes for it, and the outcome for
    /// anonymous, fact-checker, editor and admin. {article}, {span} and {verdict} are filled in.
    public static readonly (string Pattern, string Method, string Path, Access Anonymous, Access Checker, Access Editor, Access Admin)[] Matrix =
    [
        // Pages
        ("/", "GET", "/", S, A, A, A),
        ("/articles", "GET", "/articles", S, A, A, A),
        ("/articles/new", "GET", "/articles/new", S, A, A, A),
        ("/articles/{Id:int}", "GET", "/articles/{article}", S, A, A, A),
        ("/articles/{Id:int}/history", "GET", "/articles/{article}/history", S, A, A, A),
        ("/my/verdicts", "GET", "/my/verdicts", S, A, A, A),
        // Editorial
        ("/review", "GET", "/review", S, D, A, A),
        ("/review/{VerdictId:int}", "GET", "/review/{verdict}", S, D, A, A),
        ("/dashboard", "GET", "/dashboard", S, D, A, A),
        ("/dashboard/claims", "GET", "/dashboard/claims?by=status&key=Submitted", S, D, A, A),
        // Administration
        ("/admin/users", "GET", "/admin/users", S, D, D, A),
        ("/admin/scales", "GET", "/admin/scales", S, D, D, A),
        ("/admin/settings", "GET", "/admin/settings", S, D, D, A),
        ("/access-denied", "GET", "/access-denied", S, A, A, A),
        ("/login", "GET", "/login", A, A, A, A),
        ("/setup", "GET", "/setup", A, A, A, A),
        ("/not-found", "GET", "/not-found", A, A, A, A),
        ("/Error", "GET", "/Error", A, A, A, A),
        // Account
        ("/account/logout", "POST", "/account/logout", S, A, A, A),
        // JSON API
        ("/api/antiforgery", "GET", "/api/antiforgery", S, A, A, A),
        ("/api/articles/{articleId:int}/spans", "GET", "/api/articles/{article}/spans", S, A, A, A),
        ("/api/spans/{spanId:int}/verdict", "GET", "/api/spans/{span}/verdict", S, A, A, A),
        ("/api/spans/{spanId:int}/verdict", "PUT", "/api/spans/{span}/verdict", S, A, A, A),
        ("/api/verdicts/{verdictId:int}/submit", "POST", "/api/verdicts/{verdict}/submit", S, A, A, A),
        ("/api/verdicts/{verdictId:int}/return", "POST", "/api/verdicts/{verdict}/return", S, D, A, A),
        ("/api/verdicts/{verdictId:int}/approve", "POST", "/api/verdicts/{verdict}/approve", S, D, A, A),
        ("/api/verdicts/{verdictId:int}/publish", "POST", "/api/verdicts/{verdict}/publish", S, D, A, A),
        ("/api/admin/backup", "GET", "/api/admin/backup", S, D, D, A),
        // Exports
        ("/export", "GET", "/export", S, D, A, A),
        ("/export/claimreview.jsonld", "GET", "/export/claimreview.jsonld", S, D, A, A),
        ("/export/verdicts.csv", "GET", "/export/verdicts.csv", S, D, A, A),
        ("/export/annotations.jsonld", "GET", "/export/annotations.jsonld?articleId={article}", S, D, A, A),
        // Blazor's own endpoints: the circuit and its helpers are for signed-in users only.
        ("/_blazor", "GET", "/_blazor", S, A, A, A),
        ("/_blazor/negotiate", "POST", "/_blazor/negotiate?negotiateVersion=1", S, A, A, A),
        ("/_blazor/disconnect/", "POST", "/_blazor/disconnect/", S, A, A, A),
        ("/_blazor/initializers/", "GET", "/_blazor/initializers/", S, A, A, A),
        ("/_framework/opaque-redirect", "GET", "/_framework/opaque-redirect", S, A, A, A),
        // Files that are not static assets of the build
        ("{**path:file}", "GET", "/no-such-file.txt", S, A, A, A),
    ];

    public static TheoryData<string, string> Rows() => new(Matrix.Select(r => (r.Method, r.Path)));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Request_EachPrincipal_GetsTheAccessInTheTable(string method, string path)
    {
        var row = Matrix.Single(r => r.Method == method && r.Path == path);
        var concrete = path.Replace("{article}", app.ArticleId.ToString(), StringComparison.Ordinal)
            .Replace("{span}", app.Spans[0].Id.ToString(), StringComparison.Ordinal)
            .Replace("{verdict}", "987654", StringComparison.Ordinal);

        var outcomes = new List<string>();
        foreach (var (user, expected) in new[] { ((string?)null, row.Anonymous), ("checker", row.Checker), ("editor", row.Editor), ("admin", row.Admin) })
        {
            var session = await app.SessionAsync(user);
            // Changes carry a valid antiforgery token where the user can get one, and a body that is
            // refused for what it says (unknown rating, missing verdict), so an allowed call changes nothing.
            object? body = concrete switch
            {
                _ when method == "GET" || concrete.StartsWith("/_blazor", StringComparison.Ordinal) => null,
                // Without the form's antiforgery token: refused, so the session stays signed in.
                "/account/logout" => new FormUrlEncodedContent([new("returnUrl", "/")]),
                _ => new { rating = "no-such-rating", rationale = "x", expectedVersion = 1 },
            };
            using var response = await session.SendAsync(new HttpMethod(method), concrete, body,
                withToken: user is not null && concrete.StartsWith("/api/", StringComparison.Ordinal));
            var actual = Classify(response);
            if (actual != expected || (int)response.StatusCode >= 500)
                outcomes.Add($"{user ?? "anonymous"}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
        }

        Assert.True(outcomes.Count == 0, $"{method} {path}:\n" + string.Join("\n", outcomes));
    }

    [Fact]
    public void Matrix_CoversEveryRoutableEndpoint()
    {
        var endpoints = RoutableEndpoints();

        var missing = endpoints.Where(e => !Matrix.Any(r => r.Pattern == e.Pattern && (e.Methods.Count == 0 || e.Methods.Contains(r.Method)))).ToList();
        var stale = Matrix.Where(r => !endpoints.Any(e => e.Pattern == r.Pattern)).Select(r => r.Pattern).ToList();

        Assert.True(missing.Count == 0, "Endpoints without a row in RoleMatrixTests.Matrix (decide who may use them and add a row):\n"
            + string.Join("\n", missing.Select(e => $"{string.Join(",", e.Methods)} {e.Pattern}")));
        Assert.True(stale.Count == 0, "Rows for endpoints the app no longer has: " + string.Join(", ", stale));
    }

    [Fact]
    public void AnonymousAccess_OnlyWhereTheTableSaysOrForBuildAssets()
    {
        var anonymous = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText!)
            .Distinct()
            .Order();

        Assert.Equal(Matrix.Where(r => r.Anonymous == Access.Allow).Select(r => r.Pattern).Distinct().Order(), anonymous);
    }

    private List<(string Pattern, IReadOnlyList<string> Methods)> RoutableEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // Build assets (CSS, JS, fonts, fingerprinted copies) are public files from the build manifest.
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => (e.RoutePattern.RawText!, e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? (IReadOnlyList<string>)[]))
            .ToList();

    /// The cookie handler redirects pages and answers API endpoints with 401/403; either way (and also when
    /// a later middleware changes the status) it leaves the Location of the login or access-denied page.
    private static Access Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode == HttpStatusCode.Unauthorized || location.Contains("/login?ReturnUrl=", StringComparison.Ordinal))
            return Access.SignIn;
        if (response.StatusCode == HttpStatusCode.Forbidden || location.Contains("/access-denied", StringComparison.Ordinal))
            return Access.Deny;
        return Access.Allow;
    }
}
