using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Core.Evidence;
using FactCheck.Core.Sources;
using FactCheck.Storage;
using FactCheck.Web.Features.Workbench;
using FactCheck.Web.Tests.Features.Import;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Workbench;

public class EvidencePanelTests : WebTestContext, IClassFixture<NewsSiteServer>
{
    private static readonly DateTime Retrieved = new(2025, 3, 14, 8, 30, 0, DateTimeKind.Utc);

    private readonly NewsSiteServer _site;
    private int _changes;

    public EvidencePanelTests(NewsSiteServer site)
    {
        _site = site;
        Services.AddSingleton(ImportServices.Fetcher());
    }

    private (WorkbenchState State, ArticleSpan Claim) SampleClaim()
    {
        var state = Workbench(ImportSample());
        return (state, state.Spans.First(s => s.Anchor.Exact.StartsWith("Earlier in the year the Mexican president", StringComparison.Ordinal)));
    }

    private IRenderedComponent<EvidencePanel> RenderPanel(WorkbenchState state, ArticleSpan span) =>
        Render<EvidencePanel>(p => p
            .Add(x => x.State, state)
            .Add(x => x.Span, span)
            .Add(x => x.Changed, () => _changes++));

    private EvidenceItem Store(ArticleSpan span, EvidenceDraft draft, PageSnapshot? snapshot = null) =>
        Evidence.Add(span.Id, draft, snapshot, ActorFor(Checker), DateTime.UtcNow).Evidence!;

    private static void OpenForm(IRenderedComponent<EvidencePanel> cut, string source)
    {
        cut.Find("[data-testid=add-evidence]").Click();
        cut.Find("input[data-testid=evidence-source]").Input(source);
        cut.Find("input[data-testid=evidence-source]").Blur();
    }

    private static void Save(IRenderedComponent<EvidencePanel> cut) => cut.Find("[data-testid=evidence-save]").Click();

    [Fact]
    public void Panel_ListsTheSpansEvidenceWithStanceLinksPassageAndNote()
    {
        var (state, claim) = SampleClaim();
        Store(claim, new EvidenceDraft("Secretaría de la Defensa Nacional", SourceKind.GovernmentBody, EvidenceStance.Refutes,
            "https://www.gob.mx/sedena/prensa/despliegue", "https://web.archive.org/web/2025/https://www.gob.mx/sedena/prensa/despliegue",
            "The deployment counted 10,000 members of the National Guard.", "Guard, not army troops."));
        Store(claim, new EvidenceDraft("Reuters", SourceKind.NewsOutlet, EvidenceStance.Supports));
        state.Reload(ArticleChangeKind.Evidence);

        var cut = RenderPanel(state, claim);

        Assert.Contains("Evidence (2)", cut.Markup);
        var items = cut.FindAll("[data-testid=evidence-item]");
        Assert.Equal(["Refutes", "Supports"], items.Select(i => i.QuerySelector("[data-testid=evidence-stance-chip]")!.TextContent.Trim()));
        var first = items[0];
        Assert.Equal("Secretaría de la Defensa Nacional", first.QuerySelector("b")!.TextContent);
        var links = first.QuerySelectorAll("a");
        Assert.Equal(["https://www.gob.mx/sedena/prensa/despliegue", "https://web.archive.org/web/2025/https://www.gob.mx/sedena/prensa/despliegue"],
            links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal(("_blank", "noopener noreferrer nofollow"), (a.GetAttribute("target"), a.GetAttribute("rel"))));
        Assert.Contains("Archived:", first.TextContent);
        Assert.Equal("The deployment counted 10,000 members of the National Guard.", first.QuerySelector("blockquote")!.TextContent);
        Assert.Contains("Guard, not army troops.", first.TextContent);
    }

    [Fact]
    public void Panel_EvidenceWithMarkup_ShowsItAsText()
    {
        var (state, claim) = SampleClaim();
        Store(claim, new EvidenceDraft("<b>Bold</b> Agency", null, EvidenceStance.Context,
            Passage: "<img src=x onerror=alert(1)> ten thousand", Note: "<script>alert('note')</script>"));
        state.Reload(ArticleChangeKind.Evidence);

        var cut = RenderPanel(state, claim);

        var item = cut.Find("[data-testid=evidence-item]");
        Assert.Empty(item.QuerySelectorAll("img, script, b b"));
        Assert.Equal("<b>Bold</b> Agency", item.QuerySelector("b")!.TextContent);
        Assert.Equal("<img src=x onerror=alert(1)> ten thousand", item.QuerySelector("blockquote")!.TextContent);
        Assert.Contains("<script>alert('note')</script>", item.TextContent);
    }

    [Fact]
    public void Panel_OnlyThisSpansEvidence_IsListed()
    {
        var (state, claim) = SampleClaim();
        Store(state.Spans.First(s => s.Id != claim.Id), new EvidenceDraft("Reuters", SourceKind.NewsOutlet, EvidenceStance.Supports));
        state.Reload(ArticleChangeKind.Evidence);

        var cut = RenderPanel(state, claim);

        Assert.Contains("Evidence (0)", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=evidence-item]"));
    }

    [Fact]
    public void Add_ValidEntry_StoresItOnTheSpanAndListsIt()
    {
        var popovers = Render<MudPopoverProvider>();
        var (state, claim) = SampleClaim();
        var cut = RenderPanel(state, claim);

        OpenForm(cut, "Secretaría de la Defensa Nacional");
        cut.Find("[data-testid=evidence-stance]").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == "Refutes").Click());
        cut.Find("textarea[data-testid=evidence-passage]").Change("The deployment counted 10,000 members of the National Guard.");
        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=evidence-item]")));
        var stored = Assert.Single(Evidence.ForSpan(claim.Id));
        Assert.Equal(("Secretaría de la Defensa Nacional", EvidenceStance.Refutes, "casey", null),
            (stored.SourceName, stored.Stance, stored.CreatedBy, stored.SnapshotSha256));
        Assert.Equal("Refutes", cut.Find("[data-testid=evidence-stance-chip]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=evidence-form]"));
        Assert.Equal(1, _changes);
    }

    [Fact]
    public void Add_NoSource_SaysSourceIsRequiredAndStoresNothing()
    {
        var (state, claim) = SampleClaim();
        var cut = RenderPanel(state, claim);

        cut.Find("[data-testid=add-evidence]").Click();
        cut.Find("textarea[data-testid=evidence-passage]").Change("A passage without a source.");
        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("Source is required.", cut.Find("[data-testid=evidence-form]").TextContent));
        Assert.Empty(Evidence.ForSpan(claim.Id));
        Assert.Equal(0, _changes);
    }

    [Fact]
    public void Add_ArchiveUrlThatIsNotAWebAddress_SaysSoAndStoresNothing()
    {
        var (state, claim) = SampleClaim();
        var cut = RenderPanel(state, claim);

        OpenForm(cut, "Reuters");
        cut.Find("input[data-testid=evidence-archive]").Change("ftp://archive.example/troops.txt");
        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("Archive URL must be an absolute http or https address.", cut.Find("[data-testid=evidence-form]").TextContent));
        Assert.Empty(Evidence.ForSpan(claim.Id));
    }

    [Fact]
    public void Add_ErrorCorrected_StoresItAndClearsTheMessage()
    {
        var (state, claim) = SampleClaim();
        var cut = RenderPanel(state, claim);
        OpenForm(cut, "Reuters");
        cut.Find("input[data-testid=evidence-archive]").Change("not a url");
        Save(cut);
        cut.WaitForAssertion(() => Assert.Contains("Archive URL must be", cut.Markup));

        cut.Find("input[data-testid=evidence-archive]").Change("");
        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(Evidence.ForSpan(claim.Id)));
        Assert.DoesNotContain("Archive URL must be", cut.Markup);
    }

    [Fact]
    public void Add_UrlWithACopyKept_StoresTheFetchedPageWithTheEvidence()
    {
        var snackbars = Render<MudSnackbarProvider>();
        var (state, claim) = SampleClaim();
        var cut = RenderPanel(state, claim);

        OpenForm(cut, "The Valley Ledger");
        cut.Find("input[data-testid=evidence-url]").Change(_site.ArticleUrl);
        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(Evidence.ForSpan(claim.Id)), ImportServices.Wait);
        var stored = Evidence.ForSpan(claim.Id).Single();
        var snapshot = Evidence.Snapshot(stored.SnapshotSha256!)!;
        Assert.Contains("cut the road repair budget by 12%", snapshot.Text);
        Assert.Equal(_site.ArticleUrl, snapshot.Url);
        cut.WaitForAssertion(() => Assert.Contains($"SHA-256 {snapshot.Sha256[..12]}…", cut.Find("[data-testid=evidence-snapshot]").TextContent));
        snackbars.WaitForAssertion(() => Assert.Contains("Evidence added, with a copy of the page.", snackbars.Markup));
    }

    [Fact]
    public void Add_PageCannotBeFetched_StoresTheEvidenceAndSaysNoCopyWasKept()
    {
        var snackbars = Render<MudSnackbarProvider>();
        var (state, claim) = SampleClaim();
        var cut = RenderPanel(state, claim);

        OpenForm(cut, "The Valley Ledger");
        cut.Find("input[data-testid=evidence-url]").Change(_site.Url("/missing"));
        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(Evidence.ForSpan(claim.Id)), ImportServices.Wait);
        Assert.Null(Evidence.ForSpan(claim.Id).Single().SnapshotSha256);
        snackbars.WaitForAssertion(() => Assert.Contains("Evidence added, but no copy of the page was kept: The page returned 404 Not Found.", snackbars.Markup));
        Assert.Empty(cut.FindAll("[data-testid=evidence-snapshot]"));
    }

    [Fact]
    public void Add_CopyNotWanted_DoesNotFetchThePage()
    {
        var (state, claim) = SampleClaim();
        var cut = RenderPanel(state, claim);

        OpenForm(cut, "The Valley Ledger");
        cut.Find("input[data-testid=evidence-url]").Change(_site.ArticleUrl);
        cut.Find("input[data-testid=evidence-keep-copy]").Change(false);
        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(Evidence.ForSpan(claim.Id)));
        var stored = Evidence.ForSpan(claim.Id).Single();
        Assert.Equal((_site.ArticleUrl, null), (stored.Url, stored.SnapshotSha256));
    }

    [Fact]
    public void Cancel_ClosesTheFormAndStoresNothing()
    {
        var (state, claim) = SampleClaim();
        var cut = RenderPanel(state, claim);

        OpenForm(cut, "Reuters");
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        Assert.Empty(cut.FindAll("[data-testid=evidence-form]"));
        Assert.Single(cut.FindAll("[data-testid=add-evidence]"));
        Assert.Empty(Evidence.ForSpan(claim.Id));
    }

    [Fact]
    public void Remove_TakesTheEvidenceOffTheSpan()
    {
        var (state, claim) = SampleClaim();
        Store(claim, new EvidenceDraft("Reuters", SourceKind.NewsOutlet, EvidenceStance.Supports));
        Store(claim, new EvidenceDraft("AP", SourceKind.NewsOutlet, EvidenceStance.Context));
        state.Reload(ArticleChangeKind.Evidence);
        var cut = RenderPanel(state, claim);

        cut.FindAll("[data-testid=evidence-item]")[0].QuerySelector("button[aria-label='Remove evidence']")!.Click();

        Assert.Equal("AP", Assert.Single(Evidence.ForSpan(claim.Id)).SourceName);
        var left = Assert.Single(cut.FindAll("[data-testid=evidence-item]"));
        Assert.Contains("AP", left.TextContent);
        Assert.Contains("Evidence (1)", cut.Markup);
        Assert.Equal(1, _changes);
    }

    [Fact]
    public void Panel_EvidenceWithAKeptCopy_SaysWhenItWasKeptAndOpensIt()
    {
        var dialogs = Render<MudDialogProvider>();
        var (state, claim) = SampleClaim();
        var snapshot = PageSnapshot.Create("https://www.gob.mx/sedena/prensa/despliegue", "Despliegue", "10,000 elementos de la Guardia Nacional <b>desplegados</b>.", Retrieved);
        Store(claim, new EvidenceDraft("SEDENA", SourceKind.GovernmentBody, EvidenceStance.Refutes, snapshot.Url), snapshot);
        state.Reload(ArticleChangeKind.Evidence);
        var cut = RenderPanel(state, claim);

        Assert.StartsWith($"Copy kept 2025-03-14 08:30 UTC · SHA-256 {snapshot.Sha256[..12]}…", cut.Find("[data-testid=evidence-snapshot]").TextContent.Trim(), StringComparison.Ordinal);
        cut.Find("[data-testid=evidence-snapshot] a").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("10,000 elementos de la Guardia Nacional <b>desplegados</b>.", dialogs.Find(".fc-snapshot-text").TextContent));
        Assert.Contains($"SHA-256 {snapshot.Sha256}", dialogs.Find("[data-testid=snapshot-dialog]").TextContent);
    }

    [Fact]
    public void Edit_NoteAndArchive_AreChangedInTheStoreAndTheList()
    {
        var (state, claim) = SampleClaim();
        var item = Store(claim, new EvidenceDraft("Reuters", SourceKind.NewsOutlet, EvidenceStance.Supports, "https://www.reuters.com/world/mexico-troops", Note: "First note."));
        state.Reload(ArticleChangeKind.Evidence);
        var cut = RenderPanel(state, claim);

        cut.Find("[data-testid=evidence-edit]").Click();
        Assert.Equal("https://www.reuters.com/world/mexico-troops", cut.Find("input[data-testid=evidence-url]").GetAttribute("value"));
        Assert.Equal("Save changes", cut.Find("[data-testid=evidence-save]").TextContent.Trim());
        cut.Find("textarea[data-testid=evidence-note]").Change("Confirmed with the ministry.");
        cut.Find("input[data-testid=evidence-archive]").Change("https://web.archive.org/web/2025/https://www.reuters.com/world/mexico-troops");
        Save(cut);

        var stored = Evidence.ForSpan(claim.Id).Single();
        Assert.Equal((item.Id, "Confirmed with the ministry.", "Reuters", item.Version + 1), (stored.Id, stored.Note, stored.SourceName, stored.Version));
        Assert.Equal("https://web.archive.org/web/2025/https://www.reuters.com/world/mexico-troops", stored.ArchiveUrl);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=evidence-form]")));
        Assert.Contains("Confirmed with the ministry.", cut.Find("[data-testid=evidence-item]").TextContent);
        Assert.Equal(1, _changes);
    }

    [Fact]
    public void Edit_SomeoneChangedItMeanwhile_SaysSoAndKeepsTheirVersion()
    {
        var (state, claim) = SampleClaim();
        var item = Store(claim, new EvidenceDraft("Reuters", SourceKind.NewsOutlet, EvidenceStance.Supports, Note: "First note."));
        state.Reload(ArticleChangeKind.Evidence);
        var cut = RenderPanel(state, claim);
        cut.Find("[data-testid=evidence-edit]").Click();

        Evidence.Update(item.Id, new EvidenceDraft("Reuters", SourceKind.NewsOutlet, EvidenceStance.Refutes, Note: "Their note."), item.Version,
            new Actor("robin", Core.Accounts.Role.FactChecker), DateTime.UtcNow);
        cut.Find("textarea[data-testid=evidence-note]").Change("My note.");
        Save(cut);

        Assert.Contains("changed this evidence meanwhile", cut.Find("[data-testid=evidence-form]").TextContent);
        Assert.Equal("Their note.", Evidence.ForSpan(claim.Id).Single().Note);
        Assert.Equal(0, _changes);
    }
}
