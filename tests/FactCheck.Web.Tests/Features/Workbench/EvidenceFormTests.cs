using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Core.Evidence;
using FactCheck.Core.Sources;
using FactCheck.Web.Features.Workbench;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Workbench;

public class EvidenceFormTests : WebTestContext
{
    private const string Riverside =
        "Rents in Riverside rose 14 percent last year, according to the Riverside Tenants Union. "
        + "The city says it built 1,200 homes in 2024.";

    private readonly List<EvidenceSubmission> _submitted = [];
    private bool _cancelled;

    private (WorkbenchState State, ArticleSpan Rents) RiversideClaim()
    {
        var state = Workbench(Importer.Import(new NewArticle("Riverside rents", Riverside)).ArticleId!.Value);
        return (state, state.Spans.First(s => s.Anchor.Exact.StartsWith("Rents in Riverside", StringComparison.Ordinal)));
    }

    private IRenderedComponent<EvidenceForm> RenderForm(WorkbenchState state, ArticleSpan span, IReadOnlyDictionary<string, string>? errors = null, bool busy = false) =>
        Render<EvidenceForm>(p => p
            .Add(x => x.State, state)
            .Add(x => x.Span, span)
            .Add(x => x.Store, Evidence)
            .Add(x => x.Errors, errors ?? new Dictionary<string, string>())
            .Add(x => x.Busy, busy)
            .Add(x => x.Submitted, s => _submitted.Add(s))
            .Add(x => x.Cancelled, () => _cancelled = true));

    private static void TypeSource(IRenderedComponent<EvidenceForm> cut, string source)
    {
        cut.Find("input[data-testid=evidence-source]").Input(source);
        cut.Find("input[data-testid=evidence-source]").Blur();
    }

    private static void Choose(IRenderedComponent<EvidenceForm> cut, IRenderedComponent<MudPopoverProvider> popovers, string select, string option)
    {
        cut.Find($"[data-testid={select}]").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == option));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == option).Click();
        cut.WaitForAssertion(() => Assert.Equal(option, cut.Find($"div[data-testid={select}]").TextContent.Trim()));
    }

    private static IEnumerable<string> Offered(IRenderedComponent<MudPopoverProvider> popovers) =>
        popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim());

    private static string HelperTextOf(IRenderedComponent<EvidenceForm> cut, string field) =>
        cut.Find($"input[data-testid={field}], textarea[data-testid={field}]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";

    [Fact]
    public void Save_EverythingFilledIn_SubmitsItAsEntered()
    {
        var popovers = Render<MudPopoverProvider>();
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        TypeSource(cut, "Riverside rent registry");
        Choose(cut, popovers, "evidence-stance", "Refutes");
        cut.Find("input[data-testid=evidence-url]").Change("https://riverside.example/rents/2024");
        cut.Find("input[data-testid=evidence-archive]").Change("https://web.archive.org/web/2025/https://riverside.example/rents/2024");
        cut.Find("textarea[data-testid=evidence-passage]").Change("Median rent rose 6 percent in 2024.");
        cut.Find("textarea[data-testid=evidence-note]").Change("The registry covers every lease in the city.");
        cut.Find("[data-testid=evidence-save]").Click();

        var submission = Assert.Single(_submitted);
        Assert.Equal(new EvidenceDraft("Riverside rent registry", null, EvidenceStance.Refutes,
            "https://riverside.example/rents/2024", "https://web.archive.org/web/2025/https://riverside.example/rents/2024",
            "Median rent rose 6 percent in 2024.", "The registry covers every lease in the city."), submission.Draft);
        Assert.True(submission.KeepCopy);
    }

    [Fact]
    public void Save_NoUrl_SupportsByDefaultAndAsksForNoCopy()
    {
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        TypeSource(cut, "Riverside rent registry");
        Assert.True(cut.Find("input[data-testid=evidence-keep-copy]").HasAttribute("disabled"));
        cut.Find("[data-testid=evidence-save]").Click();

        var submission = Assert.Single(_submitted);
        Assert.Equal(EvidenceStance.Supports, submission.Draft.Stance);
        Assert.False(submission.KeepCopy);
    }

    [Fact]
    public void Save_CopyUnticked_AsksForNoCopy()
    {
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        TypeSource(cut, "Riverside rent registry");
        cut.Find("input[data-testid=evidence-url]").Change("https://riverside.example/rents/2024");
        cut.Find("input[data-testid=evidence-keep-copy]").Change(false);
        cut.Find("[data-testid=evidence-save]").Click();

        Assert.False(Assert.Single(_submitted).KeepCopy);
    }

    [Fact]
    public void Save_SourceTheArticleCites_TakesItsKindFromTheArticle()
    {
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        TypeSource(cut, "riverside tenants union");
        cut.Find("[data-testid=evidence-save]").Click();

        Assert.Equal(SourceKind.Organization, Assert.Single(_submitted).Draft.SourceKind);
    }

    [Fact]
    public void Save_KnownOutletByAnotherName_TakesItsCanonicalNameAndKind()
    {
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        TypeSource(cut, "WSJ");
        cut.Find("[data-testid=evidence-save]").Click();

        var draft = Assert.Single(_submitted).Draft;
        Assert.Equal(("The Wall Street Journal", SourceKind.NewsOutlet), (draft.SourceName, draft.SourceKind));
    }

    [Fact]
    public void Save_KindChosen_IsTheKindSubmitted()
    {
        var popovers = Render<MudPopoverProvider>();
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        TypeSource(cut, "Riverside housing department");
        Choose(cut, popovers, "evidence-kind", "government body");
        cut.Find("[data-testid=evidence-save]").Click();

        Assert.Equal(SourceKind.GovernmentBody, Assert.Single(_submitted).Draft.SourceKind);
    }

    [Fact]
    public void SourceSearch_OffersTheSourcesTheArticleCites()
    {
        var popovers = Render<MudPopoverProvider>();
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        cut.Find("input[data-testid=evidence-source]").Input("tenants");

        popovers.WaitForAssertion(() => Assert.Equal(["Riverside Tenants Union"], Offered(popovers)));
    }

    [Fact]
    public void SourceSearch_Empty_OffersTheSpansOwnSourcesFirst()
    {
        var popovers = Render<MudPopoverProvider>();
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        cut.Find("input[data-testid=evidence-source]").Input("");

        popovers.WaitForAssertion(() => Assert.Equal("Riverside Tenants Union", Offered(popovers).FirstOrDefault()));
    }

    [Fact]
    public void SourceSearch_OffersSourcesOfEarlierEvidence()
    {
        var popovers = Render<MudPopoverProvider>();
        var elsewhere = Articles.Spans(ImportSample())[0];
        Evidence.Add(elsewhere.Id, new EvidenceDraft("Port Alder Harbour Authority", SourceKind.GovernmentBody, EvidenceStance.Context), null, ActorFor(Editor), DateTime.UtcNow);
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        cut.Find("input[data-testid=evidence-source]").Input("harbour");

        popovers.WaitForAssertion(() => Assert.Contains("Port Alder Harbour Authority", Offered(popovers)));
    }

    [Fact]
    public void Form_Errors_AreShownUnderTheirFields()
    {
        var (state, rents) = RiversideClaim();
        var errors = new Dictionary<string, string>
        {
            [nameof(EvidenceDraft.SourceName)] = "Source is required.",
            [nameof(EvidenceDraft.ArchiveUrl)] = "Archive URL must be an absolute http or https address.",
            [""] = "There is no claim or quote with id 99.",
        };

        var cut = RenderForm(state, rents, errors);

        Assert.Equal("Source is required.", HelperTextOf(cut, "evidence-source"));
        Assert.Equal("Archive URL must be an absolute http or https address.", HelperTextOf(cut, "evidence-archive"));
        Assert.Equal("", HelperTextOf(cut, "evidence-url"));
        Assert.Contains("There is no claim or quote with id 99.", cut.Find("[data-testid=evidence-form]").TextContent);
    }

    [Fact]
    public void Form_Busy_SaysItIsFetchingAndCannotBeSavedAgain()
    {
        var (state, rents) = RiversideClaim();

        var cut = RenderForm(state, rents, busy: true);

        var save = cut.Find("[data-testid=evidence-save]");
        Assert.Equal("Fetching the page…", save.TextContent.Trim());
        Assert.True(save.HasAttribute("disabled"));
    }

    [Fact]
    public void Cancel_SubmitsNothing()
    {
        var (state, rents) = RiversideClaim();
        var cut = RenderForm(state, rents);

        TypeSource(cut, "Riverside rent registry");
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        Assert.True(_cancelled);
        Assert.Empty(_submitted);
    }
}
