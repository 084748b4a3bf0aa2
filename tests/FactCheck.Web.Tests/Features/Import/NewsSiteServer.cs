using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Web.Tests.Features.Import;

/// A news site on a free loopback port: a saved article page, and the ways real sites fail (slow, missing, huge, redirect loops).
public sealed class NewsSiteServer : IAsyncLifetime
{
    public const int HugeBytes = 20 * 1024 * 1024;

    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public string ArticleUrl => BaseUrl + "/local/council-cuts-road-budget";

    public string Url(string path) => BaseUrl + path;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();

        app.MapGet("/local/council-cuts-road-budget", () => Results.Content(TestDocuments.NewsPageHtml, "text/html; charset=utf-8"));
        app.MapGet("/sections", () => Results.Content(TestDocuments.MenuPageHtml, "text/html"));
        app.MapGet("/missing", () => Results.Content("<html><body><h1>Not found</h1></body></html>", "text/html", statusCode: 404));
        app.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            return Results.Content(TestDocuments.NewsPageHtml, "text/html");
        });
        app.MapGet("/huge", (HttpContext context) => WriteHugeAsync(context, declareLength: true));
        app.MapGet("/huge-streamed", (HttpContext context) => WriteHugeAsync(context, declareLength: false));
        app.MapGet("/redirect/{hops:int}", (int hops) => Results.Redirect(hops <= 1 ? "/local/council-cuts-road-budget" : $"/redirect/{hops - 1}"));
        app.MapGet("/to-ftp", () => Results.Redirect("ftp://127.0.0.1/story.txt"));
        app.MapGet("/logo.png", () => Results.Bytes(TestDocuments.PngBytes(), "image/png"));

        await app.StartAsync();
        _app = app;
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    private static async Task WriteHugeAsync(HttpContext context, bool declareLength)
    {
        context.Response.ContentType = "text/html";
        if (declareLength)
            context.Response.ContentLength = HugeBytes;
        var chunk = "<p>padding padding padding padding padding padding padding padding padding padding</p>\n"u8.ToArray();
        try
        {
            for (var written = 0; written < HugeBytes; written += chunk.Length)
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, HugeBytes - written)), context.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client stopped reading, as it should.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
