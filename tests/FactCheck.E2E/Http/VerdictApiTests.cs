using System.Net;
using System.Text.Json;
using FactCheck.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.E2E.Http;

public class VerdictApiTests(HttpAppFixture app) : IClassFixture<HttpAppFixture>
{
    private VerdictStore Verdicts => app.Services.GetRequiredService<VerdictStore>();

    private AuditLog Audit => app.Services.GetRequiredService<AuditLog>();

    [Fact]
    public async Task Save_UnknownRating_Is400NamingTheRatingsAndChangesNothing()
    {
        var checker = await app.SessionAsync("checker");
        var span = app.Spans[1].Id;
        var auditBefore = Audit.ForSpan(span).Count;

        using var response = await checker.SaveVerdictAsync(span, "sort-of-true", "Looks fine.", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiSession.JsonAsync(response);
        Assert.Equal("\"sort-of-true\" is not a rating on the Truth scale; use one of: true, mostly-true, half-true, mostly-false, false, pants-on-fire, unverifiable.",
            problem.GetProperty("detail").GetString());
        Assert.Equal(7, problem.GetProperty("ratings").GetArrayLength());
        Assert.Empty(Verdicts.ForSpan(span));
        Assert.Equal(auditBefore, Audit.ForSpan(span).Count);
    }

    [Fact]
    public async Task Save_ThenSaveFromAStaleVersion_Is409WithTheCurrentVersion()
    {
        var checker = await app.SessionAsync("checker2");
        var span = app.Spans[2].Id;
        var first = await ApiSession.JsonAsync(await checker.SaveVerdictAsync(span, "true", "First.", null));
        var second = await ApiSession.JsonAsync(await checker.SaveVerdictAsync(span, "false", "Second.", first.GetProperty("version").GetInt32()));

        using var stale = await checker.SaveVerdictAsync(span, "half-true", "From the first version.", first.GetProperty("version").GetInt32());

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await ApiSession.JsonAsync(stale);
        Assert.Equal(second.GetProperty("version").GetInt32(), problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Second.", problem.GetProperty("current").GetProperty("rationale").GetString());
        Assert.Equal("Second.", Verdicts.ForSpan(span).Single().Rationale);
    }

    [Fact]
    public async Task Workflow_SaveSubmitApprovePublish_ThroughTheApi()
    {
        var checker = await app.NewSessionAsync("checker");
        var editor = await app.SessionAsync("editor");
        var span = app.Spans[3].Id;

        var saved = await ApiSession.JsonAsync(await checker.SaveVerdictAsync(span, "mostly-true", "Checked against the ministry's figures.", null));
        var id = saved.GetProperty("id").GetInt32();
        var submitted = await ApiSession.JsonAsync(await checker.TransitionAsync(id, "submit", saved.GetProperty("version").GetInt32()));
        var approved = await ApiSession.JsonAsync(await editor.TransitionAsync(id, "approve", submitted.GetProperty("version").GetInt32()));
        using var publish = await editor.TransitionAsync(id, "publish", approved.GetProperty("version").GetInt32());

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var published = await ApiSession.JsonAsync(publish);
        Assert.Equal(("published", "editor"), (published.GetProperty("status").GetString(), published.GetProperty("reviewer").GetString()));
        Assert.Equal(["verdict.created", "verdict.submitted", "verdict.approved", "verdict.published"], Audit.ForSpan(span).Select(a => a.Action));
    }

    [Fact]
    public async Task Approve_OwnVerdict_Is422WithTheWorkflowsReason()
    {
        var editor = await app.NewSessionAsync("editor");
        var span = app.Spans[4].Id;
        var saved = await ApiSession.JsonAsync(await editor.SaveVerdictAsync(span, "false", "Wrong year.", null));
        var submitted = await ApiSession.JsonAsync(await editor.TransitionAsync(saved.GetProperty("id").GetInt32(), "submit", saved.GetProperty("version").GetInt32()));

        using var response = await editor.TransitionAsync(submitted.GetProperty("id").GetInt32(), "approve", submitted.GetProperty("version").GetInt32());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("You cannot approve a verdict you wrote; another editor must review it.", (await ApiSession.JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Change_WithoutTheAntiforgeryToken_Is400AndChangesNothing()
    {
        var checker = await app.SessionAsync("checker");
        var span = app.Spans[5].Id;

        using var response = await checker.SendAsync(HttpMethod.Put, $"/api/spans/{span}/verdict", new { rating = "true", rationale = "No token." }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", (await ApiSession.JsonAsync(response)).GetProperty("detail").GetString());
        Assert.Empty(Verdicts.ForSpan(span));
    }

    [Fact]
    public async Task Change_WithAnotherUsersToken_IsRefused()
    {
        var checker = await app.SessionAsync("checker");
        var admin = await app.SessionAsync("admin");
        var span = app.Spans[5].Id;
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/spans/{span}/verdict") { Content = System.Net.Http.Json.JsonContent.Create(new { rating = "true", rationale = "Borrowed token." }) };
        request.Headers.Add("X-CSRF-TOKEN", await admin.AntiforgeryTokenAsync());

        using var response = await checker.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Verdicts.ForSpan(span));
    }

    [Theory]
    [InlineData("PUT", "/api/spans/987654/verdict", "There is no claim or quote with id 987654.")]
    [InlineData("GET", "/api/articles/987654/spans", "There is no article with id 987654.")]
    [InlineData("POST", "/api/verdicts/987654/submit", "There is no verdict with id 987654.")]
    public async Task Request_UnknownId_Is404SayingWhich(string method, string path, string detail)
    {
        var checker = await app.SessionAsync("checker");

        using var response = await checker.SendAsync(new HttpMethod(method), path, method == "GET" ? null : new { rating = "true", rationale = "x", expectedVersion = 1 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(detail, (await ApiSession.JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Save_MalformedJson_Is400WithAnExample()
    {
        var checker = await app.SessionAsync("checker");
        using var content = new StringContent("{\"rating\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await checker.SendAsync(HttpMethod.Put, $"/api/spans/{app.Spans[6].Id}/verdict", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Send a JSON object like {", (await ApiSession.JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ArticleSpans_ListsSpansWithTheScale()
    {
        var checker = await app.SessionAsync("checker");

        var body = await ApiSession.JsonAsync(await checker.SendAsync(HttpMethod.Get, $"/api/articles/{app.ArticleId}/spans"));

        Assert.Equal(app.Spans.Count, body.GetProperty("spans").GetArrayLength());
        Assert.Equal("truth-scale", body.GetProperty("scale").GetProperty("id").GetString());
        Assert.Contains(body.GetProperty("spans").EnumerateArray(), s => s.GetProperty("kind").GetString() == "quote");
    }

    [Fact]
    public async Task Forbidden_SaysWhichRoleIsNeeded()
    {
        var checker = await app.SessionAsync("checker");

        using var response = await checker.TransitionAsync(987654, "publish", 1);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("This needs one of the roles Editor, Admin; you are signed in with the Fact-checker role.", (await ApiSession.JsonAsync(response)).GetProperty("detail").GetString());
    }
}
