using Bunit;
using FactCheck.Core;
using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Storage;
using FactCheck.Web.Features.Account;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace FactCheck.Web.Tests;

/// bUnit context with MudBlazor and the real stores over a LiteDB file in a temporary folder.
public abstract class WebTestContext : BunitContext
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factcheck-web-tests", Guid.NewGuid().ToString("N"));

    protected WebTestContext(int maxArticleBytes = ArticleLimits.DefaultMaxTextBytes)
    {
        // Mud components call JavaScript while rendering; none of it matters to these tests.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.PopoverOptions.CheckForPopoverProvider = false;
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        Db = FactCheckDb.OpenFile(Path.Combine(_folder, "factcheck.db"));
        Articles = new ArticleStore(Db);
        Settings = new SettingsStore(Db);
        Scales = new ScaleStore(Db);
        Verdicts = new VerdictStore(Db, Settings, Scales);
        Spans = new SpanStore(Db);
        Evidence = new EvidenceStore(Db);
        Limits = new ArticleLimits(maxArticleBytes);
        Importer = new ArticleImporter(Articles, ArticleAnalyzer.Default, Limits, TimeProvider.System);
        Services.AddSingleton(Db);
        Services.AddSingleton(Articles);
        Services.AddSingleton(Verdicts);
        Services.AddSingleton(Spans);
        Services.AddSingleton(Evidence);
        Services.AddSingleton(Settings);
        Services.AddSingleton(Scales);
        Services.AddSingleton(new AuditLog(Db));
        Services.AddSingleton(new UserStore(Db));
        Services.AddSingleton(Limits);
        Services.AddSingleton(Importer);
        Services.AddSingleton(TimeProvider.System);
    }

    protected FactCheckDb Db { get; }

    protected ArticleStore Articles { get; }

    protected VerdictStore Verdicts { get; }

    protected SettingsStore Settings { get; }

    protected SpanStore Spans { get; }

    protected EvidenceStore Evidence { get; }

    protected ScaleStore Scales { get; }

    protected static CurrentUser Checker { get; } = new(1, "casey", "Casey Checker", Role.FactChecker);

    protected static CurrentUser Editor { get; } = new(2, "eddie", "Eddie Editor", Role.Editor);

    protected static Actor ActorFor(CurrentUser user) => new(user.UserName, user.Role);

    /// The workbench state of <paramref name="user"/> for an article, loaded.
    protected FactCheck.Web.Features.Workbench.WorkbenchState Workbench(int articleId, CurrentUser? user = null)
    {
        var state = new FactCheck.Web.Features.Workbench.WorkbenchState(articleId, user ?? Checker, Articles, Spans, Verdicts, Evidence, Scales, TimeProvider.System);
        state.Load();
        return state;
    }

    protected ArticleLimits Limits { get; }

    protected ArticleImporter Importer { get; }

    protected static string SampleText()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "000_7f16efee4f0479e9.txt");
        return File.ReadAllText(path);
    }

    /// Imports the sample article through the real analyzer and returns its id.
    protected int ImportSample() =>
        Importer.Import(new NewArticle("Mexican President Refuses To Fight Drug Cartels With Military", SampleText())).ArticleId!.Value;

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Db.Dispose();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
