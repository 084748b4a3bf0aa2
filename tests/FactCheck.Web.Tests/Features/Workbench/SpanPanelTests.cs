using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Core.Evidence;
using FactCheck.Storage;
using FactCheck.Web.Features.Workbench;
using FactCheck.Web.Tests.Features.Import;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Workbench;

public class SpanPanelTests : WebTestContext
{
    public SpanPanelTests() => Services.AddSingleton(ImportServices.Fetcher());

    private IRenderedComponent<SpanPanel> RenderPanel(WorkbenchState state, ArticleSpan span, Action<SpanResult>? changed = null) =>
        Render<SpanPanel>(p => p
            .Add(x => x.State, state)
            .Add(x => x.Span, span)
            .Add(x => x.SpanChanged, r => changed?.Invoke(r)));

    [Fact]
    public void Accept_Suggestion_StoresItAsAccepted()
    {
        var state = Workbench(ImportSample());
        var span = state.Visible.First(s => s.Status == SpanStatus.Suggested);
        SpanResult? result = null;
        var cut = RenderPanel(state, span, r => result = r);

        cut.Find("[data-testid=accept-span]").Click();

        Assert.True(result!.Succeeded);
        Assert.Equal(SpanStatus.Accepted, Spans.Find(span.Id)!.Status);
    }

    [Fact]
    public void Quote_ShowsItsSpeakerAndTheSourceTheArticleCites()
    {
        var state = Workbench(ImportSample());
        var trump = state.Spans.First(s => s.Anchor.Exact.StartsWith("How can we help", StringComparison.Ordinal));

        var cut = RenderPanel(state, trump);

        Assert.Contains("Donald Trump", cut.Find("[data-testid=span-speaker]").TextContent);
        Assert.Contains("The Wall Street Journal", cut.Find("[data-testid=span-sources]").TextContent);
    }

    [Fact]
    public void AddEvidence_WithStance_StoresItAndListsIt()
    {
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var span = state.Visible[0];
        var cut = RenderPanel(state, span);

        cut.Find("[data-testid=add-evidence]").Click();
        cut.Find("input[data-testid=evidence-source]").Input("Reute");
        // The suggestions come from the registry of known outlets; picking one fills in its kind too.
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == "Reuters"));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == "Reuters").Click();
        cut.WaitForAssertion(() => Assert.Equal("Reuters", cut.Find("input[data-testid=evidence-source]").GetAttribute("value")));
        cut.Find("textarea[data-testid=evidence-passage]").Change("Mexico rejected the offer, officials said.");
        cut.Find("[data-testid=evidence-save]").Click();

        cut.WaitForAssertion(() => Assert.Single(Evidence.ForSpan(span.Id)));
        var stored = Evidence.ForSpan(span.Id).Single();
        Assert.Equal(("Reuters", EvidenceStance.Supports, Core.Sources.SourceKind.NewsOutlet), (stored.SourceName, stored.Stance, stored.SourceKind));
        cut.WaitForAssertion(() => Assert.Contains("Reuters", cut.Find("[data-testid=evidence-item]").TextContent));
    }

    [Fact]
    public void AddEvidence_BadUrl_SaysSoAndStoresNothing()
    {
        var state = Workbench(ImportSample());
        var span = state.Visible[0];
        var cut = RenderPanel(state, span);

        cut.Find("[data-testid=add-evidence]").Click();
        cut.Find("input[data-testid=evidence-source]").Input("Reuters");
        cut.Find("input[data-testid=evidence-url]").Change("javascript:alert(1)");
        cut.Find("[data-testid=evidence-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("URL must be an absolute http or https address.", cut.Markup));
        Assert.Empty(Evidence.ForSpan(span.Id));
    }

    [Fact]
    public void QuoteWithOriginalSourcePassage_ShowsTheChangedWord()
    {
        var id = ImportSample();
        var quote = Workbench(id).Spans.First(s => s.Anchor.Exact.StartsWith("No, President Trump", StringComparison.Ordinal));
        Evidence.Add(quote.Id, new EvidenceDraft("Presidencia de la República", null, EvidenceStance.OriginalSource,
            Passage: "No, President Trump, our territory is inviolable. Our sovereignty is inalienable."), null, ActorFor(Checker), DateTime.UtcNow);

        var cut = RenderPanel(Workbench(id), quote);

        var changed = Assert.Single(cut.FindAll(".fc-w-changed"));
        Assert.Equal("inalienable.", changed.TextContent);
        Assert.Equal("The original says “inviolable.”", changed.GetAttribute("title"));
        Assert.Equal("1 word changed", cut.Find("[data-testid=fidelity-summary]").TextContent.Trim());
    }
}
