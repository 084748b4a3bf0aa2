using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactCheck.E2E.Http;

/// One signed-in user talking to the app over HTTP, as a script would: the login form for the cookie,
/// GET /api/antiforgery for the token that every change carries in the X-CSRF-TOKEN header.
public sealed partial class ApiSession(HttpClient http) : IDisposable
{
    private string? _token;

    public HttpClient Http { get; } = http;

    /// A client that keeps cookies and does not follow redirects, so tests see 302s as they are.
    public static ApiSession For(Uri baseAddress)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        return new ApiSession(new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) });
    }

    /// Signs in through the login form, the way a browser does; throws when the app does not accept it.
    public async Task SignInAsync(string userName, string password)
    {
        var form = await Http.GetStringAsync("/login");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        using var response = await Http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {userName} gave {(int)response.StatusCode}, not a redirect.");
    }

    public async Task<string> AntiforgeryTokenAsync()
    {
        if (_token is null)
        {
            var body = await Http.GetFromJsonAsync<JsonElement>("/api/antiforgery");
            _token = body.GetProperty("token").GetString();
        }
        return _token!;
    }

    /// Sends a request; <paramref name="body"/> goes as JSON, or as a form when it is an <see cref="HttpContent"/>.
    /// Returns once the headers are in: callers that want the body read it.
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool withToken = true)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        if (withToken && method != HttpMethod.Get)
            request.Headers.Add("X-CSRF-TOKEN", await AntiforgeryTokenAsync());
        return await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    public Task<HttpResponseMessage> SaveVerdictAsync(int spanId, string rating, string rationale, int? expectedVersion) =>
        SendAsync(HttpMethod.Put, $"/api/spans/{spanId}/verdict", new { rating, rationale, expectedVersion });

    public Task<HttpResponseMessage> TransitionAsync(int verdictId, string action, int expectedVersion, string? comment = null) =>
        SendAsync(HttpMethod.Post, $"/api/verdicts/{verdictId}/{action}", new { expectedVersion, comment });

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
