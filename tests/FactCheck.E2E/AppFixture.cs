using FactCheck.Core.Accounts;
using FactCheck.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.E2E;

/// The app on real Kestrel at a free loopback port with a fresh temporary database, and one headless
/// Chromium shared by the tests of a run.
public sealed class AppFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factcheck-e2e", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _signedInState = [];
    private readonly SemaphoreSlim _signInLock = new(1, 1);
    private KestrelFactory? _factory;
    private IPlaywright? _playwright;

    /// Password of every account the fixture creates.
    public const string Password = "correct horse battery";

    /// One account per role, created at start: "checker", "checker2", "editor", "admin".
    public static IReadOnlyDictionary<string, Role> Accounts { get; } = new Dictionary<string, Role>
    {
        ["checker"] = Role.FactChecker,
        ["checker2"] = Role.FactChecker,
        ["editor"] = Role.Editor,
        ["admin"] = Role.Admin,
    };

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new KestrelFactory(Path.Combine(_folder, "factcheck.db"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var users = _factory.Services.GetRequiredService<UserStore>();
        foreach (var (name, role) in Accounts)
            users.Create(name, DisplayName(name), role, Password, DateTime.UtcNow);

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FACTCHECK_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // Without the background-networking flags Chromium keeps trying to reach Google's hosts.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// Services of the running app, for arranging data a test needs.
    public IServiceProvider Services => _factory!.Services;

    public static string DisplayName(string userName) => userName switch
    {
        "checker" => "Casey Checker",
        "checker2" => "Robin Second",
        "editor" => "Eddie Editor",
        "admin" => "Ada Admin",
        _ => userName,
    };

    /// A page in its own browser context, signed in as <paramref name="userName"/> (null: not signed in),
    /// recording console errors, failed responses and requests to other hosts.
    public async Task<(IPage Page, PageProblems Problems)> NewPageAsync(string? userName = "checker")
    {
        var options = new BrowserNewContextOptions { ViewportSize = new() { Width = 1440, Height = 900 } };
        if (userName is not null)
            options.StorageState = await SignedInStateAsync(userName);
        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        // An async event handler's exception would end the test process: when the fixture shuts the browser down,
        // the context may already be gone.
        page.Close += async (_, _) =>
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
            }
        };
        return (page, new PageProblems(page, BaseUrl));
    }

    /// Signs in through the real login form once per user and reuses the cookie afterwards.
    private async Task<string> SignedInStateAsync(string userName)
    {
        await _signInLock.WaitAsync();
        try
        {
            if (_signedInState.TryGetValue(userName, out var state))
                return state;
            await using var context = await Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(BaseUrl + "/login");
            await page.GetByTestId("login-username").FillAsync(userName);
            await page.GetByTestId("login-password").FillAsync(Password);
            await page.GetByTestId("login-submit").ClickAsync();
            await page.Locator("[data-interactive=true]").WaitForAsync();
            state = await context.StorageStateAsync();
            _signedInState[userName] = state;
            return state;
        }
        finally
        {
            _signInLock.Release();
        }
    }

    /// Opens <paramref name="path"/> and waits until the Blazor circuit is live, so clicks are not lost.
    public async Task GotoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(BaseUrl + path);
        Assert.Equal(200, response!.Status);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class KestrelFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Static web assets (MudBlazor, blazor.web.js) are served from the build output only in Development.
            builder.UseEnvironment("Development");
            builder.UseSetting("FactCheck:Database", databasePath);
            builder.UseSetting("FactCheck:SeedSamples", "false");
            // URL imports fetch from a news site the tests run on loopback; the slow page must time out quickly.
            builder.UseSetting("FactCheck:Import:AllowPrivateAddresses", "true");
            builder.UseSetting("FactCheck:Import:FetchTimeout", "00:00:05");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<AppFixture>
{
    public const string Name = "e2e";
}
