using Microsoft.Playwright;

namespace FactCheck.E2E;

/// What went wrong on a page that a user might not notice but a test should: console errors,
/// HTTP errors and requests leaving the app's own host.
public sealed class PageProblems
{
    private readonly List<string> _problems = [];

    public PageProblems(IPage page, string baseUrl)
    {
        var host = new Uri(baseUrl).Authority;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                _problems.Add($"console: {message.Text}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                _problems.Add($"HTTP {response.Status}: {response.Url}");
        };
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http") && uri.Authority != host)
                _problems.Add($"request to another host: {request.Url}");
        };
    }

    public void AssertNone() => Assert.Empty(_problems);
}
