using FactCheck.Core.Articles;
using FactCheck.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.E2E.Http;

/// The app in memory (no browser, no socket) on a fresh temporary database with the four accounts of
/// <see cref="AppFixture.Accounts"/> and the sample article, for tests that speak HTTP only.
public sealed class HttpAppFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factcheck-http", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, ApiSession> _sessions = [];
    private readonly SemaphoreSlim _lock = new(1, 1);
    private Factory? _factory;

    public int ArticleId { get; private set; }

    public IReadOnlyList<ArticleSpan> Spans { get; private set; } = [];

    public IServiceProvider Services => _factory!.Services;

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new Factory(Path.Combine(_folder, "factcheck.db"));
        var users = Services.GetRequiredService<UserStore>();
        foreach (var (name, role) in AppFixture.Accounts)
            users.Create(name, AppFixture.DisplayName(name), role, AppFixture.Password, DateTime.UtcNow);
        var result = Services.GetRequiredService<ArticleImporter>().Import(new NewArticle(SampleText.Title, SampleText.Read(), "Sample Outlet", "https://news.example/cartels", new DateOnly(2025, 1, 15), "Sam Reporter"));
        ArticleId = result.ArticleId!.Value;
        Spans = Services.GetRequiredService<ArticleStore>().Spans(ArticleId);
        return ValueTask.CompletedTask;
    }

    /// A client that does not follow redirects; signed in as <paramref name="userName"/> unless null.
    public async Task<ApiSession> SessionAsync(string? userName)
    {
        var key = userName ?? "";
        await _lock.WaitAsync();
        try
        {
            if (_sessions.TryGetValue(key, out var session))
                return session;
            session = new ApiSession(_factory!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
            if (userName is not null)
                await session.SignInAsync(userName, AppFixture.Password);
            _sessions[key] = session;
            return session;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// A new session (own cookies and token) that nobody else shares.
    public async Task<ApiSession> NewSessionAsync(string userName)
    {
        var session = new ApiSession(_factory!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await session.SignInAsync(userName, AppFixture.Password);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions.Values)
            session.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private sealed class Factory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("FactCheck:Database", databasePath);
            builder.UseSetting("FactCheck:SeedSamples", "false");
        }
    }
}
