using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Core.Quotes;
using FactCheck.Storage;
using FactCheck.Web.Features.Workbench;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Workbench;

public class SpanDetailsTests : WebTestContext
{
    private const string Riverside =
        "Rents in Riverside rose 14 percent last year, according to the Riverside Tenants Union. "
        + "\"We have never seen increases like this,\" said Maria Lopez, director of the Riverside Tenants Union. "
        + "The city says it built 1,200 homes in 2024.";

    private readonly List<SpanResult> _results = [];

    private int ImportRiverside() => Importer.Import(new NewArticle("Riverside rents", Riverside)).ArticleId!.Value;

    private IRenderedComponent<SpanDetails> RenderDetails(WorkbenchState state, ArticleSpan span) =>
        Render<SpanDetails>(p => p
            .Add(x => x.State, state)
            .Add(x => x.Span, span)
            .Add(x => x.Changed, r => _results.Add(r)));

    private static ArticleSpan SpanStarting(WorkbenchState state, SpanKind kind, string start) =>
        state.Spans.First(s => s.Kind == kind && s.Anchor.Exact.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Quote_ShowsTheSpeakerWithRoleOrganisationAndCue()
    {
        var state = Workbench(ImportRiverside());

        var cut = RenderDetails(state, SpanStarting(state, SpanKind.Quote, "We have never seen"));

        var speaker = cut.Find("[data-testid=span-speaker]").TextContent;
        Assert.Contains("Maria Lopez, director", speaker);
        Assert.Contains("· the Riverside Tenants Union", speaker);
        Assert.Contains("(cue: “said”)", speaker);
    }

    [Fact]
    public void Quote_UnnamedSpeaker_SaysTheSpeakerIsNotNamed()
    {
        var state = Workbench(ImportSample());

        var cut = RenderDetails(state, SpanStarting(state, SpanKind.Quote, "There are always weak links"));

        Assert.Contains("a cartel leader (unnamed)", cut.Find("[data-testid=span-speaker]").TextContent);
    }

    [Fact]
    public void Quote_NoSpeaker_SaysNotIdentified()
    {
        var state = Workbench(ImportSample());
        var quote = state.SetSpeaker(SpanStarting(state, SpanKind.Quote, "How can we help"), null).Span!;

        var cut = RenderDetails(state, quote);

        Assert.Equal("Speaker: not identified", cut.Find("[data-testid=span-speaker]").TextContent.Trim());
    }

    [Fact]
    public void Quote_SpeakerWithMarkup_IsShownAsText()
    {
        var state = Workbench(ImportSample());
        var speaker = new Speaker("<img src=x onerror=alert(1)>", IsNamed: true, "<b>chief</b>", "<i>Cartel</i>", Cue: "<script>said</script>");
        var quote = state.SetSpeaker(SpanStarting(state, SpanKind.Quote, "How can we help"), speaker).Span!;

        var cut = RenderDetails(state, quote);

        var shown = cut.Find("[data-testid=span-speaker]");
        Assert.Contains("<img src=x onerror=alert(1)>, <b>chief</b> · <i>Cartel</i> (cue: “<script>said</script>”)", shown.TextContent);
        Assert.Empty(shown.QuerySelectorAll("img, script, i, b b"));
    }

    [Fact]
    public void Claim_ListsTheStrongestReasonsItMayBeWorthChecking()
    {
        var state = Workbench(ImportSample());
        var claim = SpanStarting(state, SpanKind.Claim, "President Claudia Sheinbaum publicly confirmed");

        var cut = RenderDetails(state, claim);

        var reasons = cut.FindAll("[data-testid=span-reasons] li");
        Assert.Equal(6, reasons.Count);
        Assert.Equal(claim.Reasons.Take(6).Select(r => r.Description), reasons.Select(r => r.TextContent[2..]));
        Assert.Equal("▲ describes a past event (confirmed)", reasons[0].TextContent);
        var opinion = reasons.Single(r => r.TextContent.Contains("expresses an opinion", StringComparison.Ordinal));
        Assert.Equal("▼ expresses an opinion (unacceptable)", opinion.TextContent);
        Assert.Contains("fc-down", opinion.ClassList);
        Assert.Empty(cut.FindAll("[data-testid=span-speaker]"));
    }

    [Fact]
    public void Claim_ShowsTheSourceTheArticleCitesForIt()
    {
        var state = Workbench(ImportRiverside());

        var cut = RenderDetails(state, SpanStarting(state, SpanKind.Claim, "Rents in Riverside"));

        var source = Assert.Single(cut.FindAll("[data-testid=span-sources] .mud-chip"));
        Assert.Equal("Riverside Tenants Union · organization", source.TextContent.Trim());
        Assert.Equal("according to", source.GetAttribute("title"));
    }

    [Fact]
    public void Quote_ShowsTheSourceTheArticleCitesForIt()
    {
        var state = Workbench(ImportSample());

        var cut = RenderDetails(state, SpanStarting(state, SpanKind.Quote, "How can we help"));

        Assert.Equal("The Wall Street Journal · news outlet", Assert.Single(cut.FindAll("[data-testid=span-sources] .mud-chip")).TextContent.Trim());
    }

    [Fact]
    public void Span_NoSourceCited_SaysNoneFound()
    {
        var state = Workbench(ImportRiverside());

        var cut = RenderDetails(state, SpanStarting(state, SpanKind.Claim, "The city says it built"));

        Assert.Equal("None found.", cut.Find("[data-testid=span-sources]").TextContent.Trim());
    }

    [Fact]
    public void EditSpeaker_NewName_StoresItOnTheQuote()
    {
        var dialogs = Render<MudDialogProvider>();
        var state = Workbench(ImportSample());
        var quote = SpanStarting(state, SpanKind.Quote, "There are always weak links");
        var cut = RenderDetails(state, quote);

        cut.Find("[data-testid=edit-speaker]").Click();
        dialogs.WaitForAssertion(() => Assert.Equal("a cartel leader", dialogs.Find("input[data-testid=speaker-name]").GetAttribute("value")));
        dialogs.Find("input[data-testid=speaker-name]").Input("Ovidio Guzmán");
        dialogs.Find("input[data-testid=speaker-role]").Change("cartel leader");
        dialogs.Find("[data-testid=speaker-ok]").Click();

        cut.WaitForAssertion(() => Assert.True(Assert.Single(_results).Succeeded));
        var stored = Spans.Find(quote.Id)!.Speaker!;
        Assert.Equal(("Ovidio Guzmán", true, "cartel leader"), (stored.Name, stored.IsNamed, stored.Role));
    }

    [Fact]
    public void EditSpeaker_Cancelled_KeepsTheSpeaker()
    {
        var dialogs = Render<MudDialogProvider>();
        var state = Workbench(ImportSample());
        var quote = SpanStarting(state, SpanKind.Quote, "How can we help");
        var cut = RenderDetails(state, quote);

        cut.Find("[data-testid=edit-speaker]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("input[data-testid=speaker-name]"));
        dialogs.Find("input[data-testid=speaker-name]").Input("Someone Else");
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=speaker-dialog]")));
        Assert.Empty(_results);
        Assert.Equal("Donald Trump", Spans.Find(quote.Id)!.Speaker!.Name);
    }

    [Fact]
    public void EditSpeaker_OffersTheOtherPeopleTheArticleQuotes()
    {
        var dialogs = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var cut = RenderDetails(state, SpanStarting(state, SpanKind.Quote, "There are always weak links"));

        cut.Find("[data-testid=edit-speaker]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("input[data-testid=speaker-name]"));
        dialogs.Find("input[data-testid=speaker-name]").Input("");

        popovers.WaitForAssertion(() => Assert.Equal(
            ["a cartel leader", "Claudia Sheinbaum", "Donald Trump"],
            popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).Order(StringComparer.OrdinalIgnoreCase)));
    }
}
