using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Storage;
using FactCheck.Web.Features.Account;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;

namespace FactCheck.Web.Features.Api;

/// The JSON API for claims, quotes and verdicts, for scripts and integrations: the same stores, rules
/// and audit trail as the workbench. Signed in by the cookie the login page sets; every change carries
/// the antiforgery token (GET /api/antiforgery) in the X-CSRF-TOKEN header and the version it is based on.
public static class VerdictApi
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    private static readonly JsonSerializerOptions BodyOptions = new(JsonSerializerDefaults.Web);

    public sealed record SaveVerdictBody(string? Rating, string? Rationale, int? ExpectedVersion);

    public sealed record TransitionBody(int? ExpectedVersion, string? Comment);

    public sealed record RatingDto(string Key, string Label, int? ClaimReviewValue);

    public sealed record ScaleDto(string Id, string Name, IReadOnlyList<RatingDto> Ratings);

    public sealed record VerdictDto(
        int Id, int ArticleId, int SpanId, string Checker, string Rating, string Rationale, string Status, int Version,
        string? EditorComment, string? Reviewer, DateTime CreatedAt, DateTime UpdatedAt, DateTime? SubmittedAt, DateTime? ReviewedAt, DateTime? PublishedAt);

    public sealed record SpanDto(int Id, string Kind, int Start, int End, string Text, string? Speaker, string Status, VerdictDto? Verdict);

    public sealed record ArticleSpansDto(int ArticleId, string Title, ScaleDto Scale, IReadOnlyList<SpanDto> Spans);

    public static void MapVerdictApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .WithMetadata(new ApiProblems.ApiEndpoint())
            .AddEndpointFilter(ApiProblems.Guard);
        var checkers = api.MapGroup("").RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Checkers });
        var editors = api.MapGroup("").RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Editors });

        checkers.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Results.Ok(new { token = tokens.RequestToken, headerName = AntiforgeryHeader });
        });
        checkers.MapGet("/articles/{articleId:int}/spans", ArticleSpans);
        checkers.MapGet("/spans/{spanId:int}/verdict", GetVerdict);
        checkers.MapPut("/spans/{spanId:int}/verdict", SaveVerdict);
        checkers.MapPost("/verdicts/{verdictId:int}/submit", (int verdictId, HttpContext http, VerdictStore verdicts, TimeProvider clock) =>
            Transition(http, verdictId, verdicts, (body, actor) => verdicts.Submit(verdictId, actor, body.ExpectedVersion!.Value, Now(clock))));
        editors.MapPost("/verdicts/{verdictId:int}/return", (int verdictId, HttpContext http, VerdictStore verdicts, TimeProvider clock) =>
            Transition(http, verdictId, verdicts, (body, actor) => verdicts.Return(verdictId, actor, body.Comment, body.ExpectedVersion!.Value, Now(clock))));
        editors.MapPost("/verdicts/{verdictId:int}/approve", (int verdictId, HttpContext http, VerdictStore verdicts, TimeProvider clock) =>
            Transition(http, verdictId, verdicts, (body, actor) => verdicts.Approve(verdictId, actor, body.Comment, body.ExpectedVersion!.Value, Now(clock))));
        editors.MapPost("/verdicts/{verdictId:int}/publish", (int verdictId, HttpContext http, VerdictStore verdicts, TimeProvider clock) =>
            Transition(http, verdictId, verdicts, (body, actor) => verdicts.Publish(verdictId, actor, body.ExpectedVersion!.Value, Now(clock))));
    }

    private static IResult ArticleSpans(int articleId, HttpContext http, ArticleStore articles, VerdictStore verdicts, ScaleStore scales)
    {
        if (articles.Find(articleId) is not { } article)
            return NotFound($"There is no article with id {articleId}.");
        var user = CurrentUser.From(http.User)!;
        var working = verdicts.WorkingSet(articleId, user.UserName);
        var scale = scales.Get(article.ScaleId);
        return Results.Ok(new ArticleSpansDto(
            article.Id,
            article.Title,
            new ScaleDto(scale.Id, scale.Name, scale.Ratings.Select(r => new RatingDto(r.Key, r.Label, r.ClaimReviewValue)).ToArray()),
            articles.Spans(articleId).Select(s => new SpanDto(
                s.Id, Lower(s.Kind), s.Anchor.Start, s.Anchor.End, s.Anchor.Exact, s.Speaker?.Name, Lower(s.Status),
                working.TryGetValue(s.Id, out var v) ? ToDto(v) : null)).ToArray()));
    }

    private static IResult GetVerdict(int spanId, HttpContext http, ArticleStore articles, VerdictStore verdicts)
    {
        if (articles.FindSpan(spanId) is not { } span)
            return NotFound($"There is no claim or quote with id {spanId}.");
        var user = CurrentUser.From(http.User)!;
        return verdicts.WorkingSet(span.ArticleId, user.UserName).TryGetValue(spanId, out var verdict)
            ? Results.Ok(ToDto(verdict))
            : NotFound($"There is no verdict on claim or quote {spanId} yet.");
    }

    private static async Task<IResult> SaveVerdict(int spanId, HttpContext http, ArticleStore articles, VerdictStore verdicts, ScaleStore scales, TimeProvider clock)
    {
        var (body, problem) = await ReadBody<SaveVerdictBody>(http, """{"rating": "mostly-true", "rationale": "Why.", "expectedVersion": 3}""");
        if (problem is not null)
            return problem;
        if (articles.FindSpan(spanId) is not { } span)
            return NotFound($"There is no claim or quote with id {spanId}.");
        var scale = scales.Get(articles.Find(span.ArticleId)?.ScaleId);
        if (scale.Find(body!.Rating) is null)
        {
            var keys = scale.Ratings.Select(r => r.Key).ToArray();
            var detail = string.IsNullOrWhiteSpace(body.Rating)
                ? $"Give a rating: one of {string.Join(", ", keys)}."
                : $"\"{body.Rating}\" is not a rating on the {scale.Name}; use one of: {string.Join(", ", keys)}.";
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Unknown rating", detail, new Dictionary<string, object?> { ["ratings"] = keys });
        }
        var actor = Actor(http);
        return ToResult(verdicts.Save(spanId, actor, body.Rating, body.Rationale, body.ExpectedVersion, Now(clock)), validation: true);
    }

    private static async Task<IResult> Transition(HttpContext http, int verdictId, VerdictStore verdicts, Func<TransitionBody, Actor, VerdictResult> change)
    {
        var (body, problem) = await ReadBody<TransitionBody>(http, """{"expectedVersion": 3, "comment": "Optional for submit, approve and publish."}""");
        if (problem is not null)
            return problem;
        if (body!.ExpectedVersion is null)
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Version required", "Send expectedVersion: the version of the verdict you are acting on.");
        if (verdicts.Find(verdictId) is null)
            return NotFound($"There is no verdict with id {verdictId}.");
        return ToResult(change(body, Actor(http)), validation: false);
    }

    private static IResult ToResult(VerdictResult result, bool validation)
    {
        if (result.Verdict is { } verdict)
            return Results.Ok(ToDto(verdict));
        if (result.Current is { } current)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "Version conflict", result.Error!,
                new Dictionary<string, object?> { ["currentVersion"] = current.Version, ["current"] = ToDto(current) });
        }
        // Saves are refused for bad input (rationale missing or too long) or for the workflow; transitions
        // only for the workflow (wrong status, own verdict, missing comment when returning).
        return validation && result.Error is { } error && error.StartsWith("Rationale", StringComparison.Ordinal)
            ? ApiProblems.Problem(StatusCodes.Status400BadRequest, "Invalid verdict", error)
            : ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "Not allowed by the workflow", result.Error!);
    }

    private static async Task<(T? Body, IResult? Problem)> ReadBody<T>(HttpContext http, string example) where T : class
    {
        var invalid = ApiProblems.Problem(StatusCodes.Status400BadRequest, "Invalid request body", $"Send a JSON object like {example}");
        if (http.Request.HasJsonContentType() is false)
            return (null, ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "JSON required", $"Send Content-Type: application/json and a JSON object like {example}"));
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, BodyOptions, http.RequestAborted);
            return body is null ? (null, invalid) : (body, null);
        }
        catch (JsonException)
        {
            return (null, invalid);
        }
    }

    private static IResult NotFound(string detail) => ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found", detail);

    private static Actor Actor(HttpContext http)
    {
        var user = CurrentUser.From(http.User)!;
        return new Actor(user.UserName, user.Role);
    }

    private static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLower(CultureInfo.InvariantCulture);

    public static VerdictDto ToDto(Verdict v) => new(
        v.Id, v.ArticleId, v.SpanId, v.Checker, v.RatingKey, v.Rationale, Lower(v.Status), v.Version,
        v.EditorComment, v.Reviewer, v.CreatedAt, v.UpdatedAt, v.SubmittedAt, v.ReviewedAt, v.PublishedAt);
}
