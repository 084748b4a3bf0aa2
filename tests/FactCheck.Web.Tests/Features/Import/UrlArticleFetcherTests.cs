using System.Net;
using System.Net.Sockets;
using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class UrlArticleFetcherTests(NewsSiteServer site) : IClassFixture<NewsSiteServer>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_NewsPage_ExtractsStoryAndMetadata()
    {
        var outcome = await ImportServices.Fetcher().FetchAsync(site.ArticleUrl, null, Cancellation);

        var draft = outcome.Draft!;
        Assert.Equal(TestDocuments.NewsTitle, draft.Title);
        Assert.Equal(TestDocuments.NewsAuthor, draft.Author);
        Assert.Equal(TestDocuments.NewsOutlet, draft.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 14), draft.PublishedOn);
        Assert.Equal(site.ArticleUrl, draft.Url);
        Assert.StartsWith(TestDocuments.NewsFirstSentence, draft.Text);
        Assert.DoesNotContain("ADVERTISEMENT", draft.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FetchAsync_Progress_ReportsEachStage()
    {
        var stages = new List<FetchStage>();
        var progress = new SynchronousProgress<FetchProgress>(p => stages.Add(p.Stage));

        await ImportServices.Fetcher().FetchAsync(site.ArticleUrl, progress, Cancellation);

        Assert.Equal([FetchStage.Connecting, FetchStage.Downloading, FetchStage.Extracting], stages.Distinct());
    }

    [Fact]
    public async Task FetchAsync_Slow_TimesOut()
    {
        var outcome = await ImportServices.Fetcher(timeoutSeconds: 0.5).FetchAsync(site.Url("/slow"), null, Cancellation);

        Assert.Equal("127.0.0.1 did not answer within 0.5 seconds; the import timed out.", outcome.Error);
    }

    [Fact]
    public async Task FetchAsync_CancelledByTheUser_SaysCancelled()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        cancel.CancelAfter(200);

        var outcome = await ImportServices.Fetcher(timeoutSeconds: 5).FetchAsync(site.Url("/slow"), null, cancel.Token);

        Assert.Equal("Import cancelled.", outcome.Error);
    }

    [Fact]
    public async Task FetchAsync_NotFound_GivesTheStatus()
    {
        var outcome = await ImportServices.Fetcher().FetchAsync(site.Url("/missing"), null, Cancellation);

        Assert.Equal("The page returned 404 Not Found.", outcome.Error);
    }

    [Fact]
    public async Task FetchAsync_DeclaredTwentyMegabytes_RefusedBeforeReading()
    {
        var outcome = await ImportServices.Fetcher().FetchAsync(site.Url("/huge"), null, Cancellation);

        Assert.Equal("The page is too large (20 MB): FactCheck imports pages of up to 5 MB.", outcome.Error);
    }

    [Fact]
    public async Task FetchAsync_StreamedTwentyMegabytes_StopsAtTheCap()
    {
        long lastReport = 0;
        var progress = new SynchronousProgress<FetchProgress>(p => lastReport = Math.Max(lastReport, p.BytesRead));

        var outcome = await ImportServices.Fetcher().FetchAsync(site.Url("/huge-streamed"), progress, Cancellation);

        Assert.Equal("The page is too large: FactCheck imports pages of up to 5 MB.", outcome.Error);
        Assert.InRange(lastReport, 4 * 1024 * 1024, 5 * 1024 * 1024);
    }

    [Fact]
    public async Task FetchAsync_FiveRedirects_AreFollowed()
    {
        var outcome = await ImportServices.Fetcher().FetchAsync(site.Url("/redirect/5"), null, Cancellation);

        Assert.Equal(site.ArticleUrl, outcome.Draft?.Url);
    }

    [Fact]
    public async Task FetchAsync_SixRedirects_StopsFollowing()
    {
        var outcome = await ImportServices.Fetcher().FetchAsync(site.Url("/redirect/6"), null, Cancellation);

        Assert.Equal("127.0.0.1 redirected more than 5 times; FactCheck stopped following.", outcome.Error);
    }

    [Fact]
    public async Task FetchAsync_RedirectToFtp_IsRefused()
    {
        var outcome = await ImportServices.Fetcher().FetchAsync(site.Url("/to-ftp"), null, Cancellation);

        Assert.Equal("127.0.0.1 redirected to a ftp: address; only http and https can be imported.", outcome.Error);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/story.txt")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    public async Task FetchAsync_NotHttp_IsRefused(string url)
    {
        var outcome = await ImportServices.Fetcher().FetchAsync(url, null, Cancellation);

        Assert.StartsWith("Only http and https addresses can be imported", outcome.Error);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task FetchAsync_PrivateAddressesNotAllowed_RefusesLoopback(string host)
    {
        var url = site.ArticleUrl.Replace("127.0.0.1", host);

        var outcome = await ImportServices.Fetcher(allowPrivate: false).FetchAsync(url, null, Cancellation);

        Assert.Matches($"^Refused: {host} resolves to (127\\.0\\.0\\.1|::1), a private or local network address\\. FactCheck only fetches pages on the public internet\\.$", outcome.Error);
    }

    [Fact]
    public async Task FetchAsync_ClosedPort_SaysConnectionRefused()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var outcome = await ImportServices.Fetcher().FetchAsync($"http://127.0.0.1:{port}/story", null, Cancellation);

        Assert.Equal("Could not reach 127.0.0.1: the connection was refused.", outcome.Error);
    }

    [Fact]
    public async Task FetchAsync_NavigationOnlyPage_IsNotAnArticle()
    {
        var outcome = await ImportServices.Fetcher().FetchAsync(site.Url("/sections"), null, Cancellation);

        Assert.StartsWith("No article found at 127.0.0.1: the page has no readable article text", outcome.Error);
    }

    [Fact]
    public async Task FetchAsync_Image_IsNotAWebPage()
    {
        var outcome = await ImportServices.Fetcher().FetchAsync(site.Url("/logo.png"), null, Cancellation);

        Assert.Equal("The address serves image/png, not a web page. Download it and upload the file instead.", outcome.Error);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
