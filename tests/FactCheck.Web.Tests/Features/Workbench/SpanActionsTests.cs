using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Storage;
using FactCheck.Web.Features.Workbench;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Workbench;

public class SpanActionsTests : WebTestContext
{
    private readonly List<SpanResult> _results = [];

    private IRenderedComponent<SpanActions> RenderActions(WorkbenchState state, ArticleSpan span) =>
        Render<SpanActions>(p => p
            .Add(x => x.State, state)
            .Add(x => x.Span, span)
            .Add(x => x.Changed, r => _results.Add(r)));

    private static ArticleSpan QuoteStarting(WorkbenchState state, string start) =>
        state.Spans.First(s => s.Kind == SpanKind.Quote && s.Anchor.Exact.StartsWith(start, StringComparison.Ordinal));

    private void SelectInArticle(int start, int end) =>
        JSInterop.Setup<SelectionOffsets?>("factcheck.selectionOffsets").SetResult(new SelectionOffsets(start, end));

    private static void ChooseFromMenu(IRenderedComponent<SpanActions> cut, IRenderedComponent<MudPopoverProvider> popovers, string menu, string item)
    {
        cut.Find($"[data-testid={menu}] button").Click();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-menu-item"), i => i.TextContent.Trim() == item));
        popovers.FindAll(".mud-menu-item").First(i => i.TextContent.Trim() == item).Click();
    }

    [Fact]
    public void Accept_Suggestion_StoresItAsAccepted()
    {
        var state = Workbench(ImportSample());
        var span = state.Spans.First(s => s.Status == SpanStatus.Suggested);
        var cut = RenderActions(state, span);

        cut.Find("[data-testid=accept-span]").Click();

        Assert.True(Assert.Single(_results).Succeeded);
        Assert.Equal(SpanStatus.Accepted, Spans.Find(span.Id)!.Status);
    }

    [Fact]
    public void Actions_AcceptedSpan_OffersToDismissButNotToAcceptAgain()
    {
        var state = Workbench(ImportSample());
        var span = state.Accept(state.Spans[0]).Span!;

        var cut = RenderActions(state, span);

        Assert.Empty(cut.FindAll("[data-testid=accept-span]"));
        Assert.Single(cut.FindAll("[data-testid=dismiss-span]"));
    }

    [Fact]
    public void Dismiss_Menu_OffersEveryReason()
    {
        var popovers = Render<MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var cut = RenderActions(state, state.Spans[0]);

        cut.Find("[data-testid=dismiss-span] button").Click();

        popovers.WaitForAssertion(() => Assert.Equal(DismissReasons.All, popovers.FindAll(".mud-menu-item").Select(i => i.TextContent.Trim())));
    }

    [Fact]
    public void Dismiss_WithAReason_StoresItAsDismissedForThatReason()
    {
        var popovers = Render<MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var span = state.Spans.First(s => s.Kind == SpanKind.Claim);
        var cut = RenderActions(state, span);

        ChooseFromMenu(cut, popovers, "dismiss-span", DismissReasons.Opinion);

        cut.WaitForAssertion(() => Assert.Single(_results));
        var stored = Spans.Find(span.Id)!;
        Assert.Equal((SpanStatus.Rejected, DismissReasons.Opinion), (stored.Status, stored.DismissReason));
    }

    [Fact]
    public void Actions_DismissedSpan_CanBeAcceptedAgainButNotDismissedTwice()
    {
        var state = Workbench(ImportSample());
        var span = state.Reject(state.Spans[0], DismissReasons.Duplicate).Span!;
        var cut = RenderActions(state, span);

        Assert.Empty(cut.FindAll("[data-testid=dismiss-span]"));
        cut.Find("[data-testid=accept-span]").Click();

        var stored = Spans.Find(span.Id)!;
        Assert.Equal((SpanStatus.Accepted, null), (stored.Status, stored.DismissReason));
    }

    [Fact]
    public void StartLater_DropsTheFirstWord()
    {
        var state = Workbench(ImportSample());
        var quote = QuoteStarting(state, "No, President Trump");
        var cut = RenderActions(state, quote);

        cut.Find("[data-testid=start-later]").Click();

        Assert.Equal("President Trump, our territory is inalienable. Our sovereignty is inalienable.", Spans.Find(quote.Id)!.Anchor.Exact);
    }

    [Fact]
    public void StartEarlier_TakesInTheWordBefore()
    {
        var state = Workbench(ImportSample());
        var quote = QuoteStarting(state, "No, President Trump");
        var cut = RenderActions(state, quote);

        cut.Find("[data-testid=start-earlier]").Click();

        Assert.Equal("“No, President Trump, our territory is inalienable. Our sovereignty is inalienable.", Spans.Find(quote.Id)!.Anchor.Exact);
    }

    [Fact]
    public void EndEarlier_DropsTheLastWord()
    {
        var state = Workbench(ImportSample());
        var quote = QuoteStarting(state, "No, President Trump");
        var cut = RenderActions(state, quote);

        cut.Find("[data-testid=end-earlier]").Click();

        Assert.Equal("No, President Trump, our territory is inalienable. Our sovereignty is", Spans.Find(quote.Id)!.Anchor.Exact);
        Assert.True(Assert.Single(_results).Succeeded);
    }

    [Fact]
    public void EndLater_TakesInTheWordAfter()
    {
        var state = Workbench(ImportSample());
        var claim = state.Spans.First(s => s.Anchor.Exact.StartsWith("Sheinbaum has long been accused", StringComparison.Ordinal));
        var cut = RenderActions(state, claim);

        cut.Find("[data-testid=end-later]").Click();

        Assert.Equal("Sheinbaum has long been accused of having cartel supporters propping up her presidency. Earlier", Spans.Find(claim.Id)!.Anchor.Exact);
    }

    [Fact]
    public void UseSelection_TextSelectedInTheArticle_BecomesTheSpan()
    {
        var popovers = Render<MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var quote = QuoteStarting(state, "No, President Trump");
        var start = state.Article!.Text.IndexOf("our territory", StringComparison.Ordinal);
        SelectInArticle(start, start + "our territory is inalienable.".Length);
        var cut = RenderActions(state, quote);

        ChooseFromMenu(cut, popovers, "more-span-actions", "Set bounds to the selected text");

        cut.WaitForAssertion(() => Assert.Single(_results));
        Assert.Equal("our territory is inalienable.", Spans.Find(quote.Id)!.Anchor.Exact);
    }

    [Fact]
    public void UseSelection_NothingSelected_SaysToSelectTheTextFirstAndChangesNothing()
    {
        var popovers = Render<MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var quote = QuoteStarting(state, "No, President Trump");
        var cut = RenderActions(state, quote);

        ChooseFromMenu(cut, popovers, "more-span-actions", "Set bounds to the selected text");

        cut.WaitForAssertion(() => Assert.Equal("Select the new text of the span in the article first.", Assert.Single(_results).Error));
        Assert.Equal(quote.Anchor, Spans.Find(quote.Id)!.Anchor);
    }

    [Fact]
    public void Split_AtTheCursor_CutsTheSpanInTwo()
    {
        var popovers = Render<MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var quote = QuoteStarting(state, "No, President Trump");
        var at = state.Article!.Text.IndexOf("Our sovereignty", StringComparison.Ordinal);
        SelectInArticle(at, at);
        var cut = RenderActions(state, quote);

        ChooseFromMenu(cut, popovers, "more-span-actions", "Split at the cursor");

        cut.WaitForAssertion(() => Assert.Single(_results));
        Assert.Equal("No, President Trump, our territory is inalienable.", Spans.Find(quote.Id)!.Anchor.Exact);
        var rest = Assert.Single(Spans.ForArticle(state.ArticleId), s => s.Anchor.Exact == "Our sovereignty is inalienable.");
        Assert.Equal((SpanKind.Quote, "Claudia Sheinbaum"), (rest.Kind, rest.Speaker?.Name));
    }

    [Fact]
    public void Split_NoCursorInTheArticle_SaysWhereToClick()
    {
        var popovers = Render<MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var quote = QuoteStarting(state, "No, President Trump");
        var cut = RenderActions(state, quote);

        ChooseFromMenu(cut, popovers, "more-span-actions", "Split at the cursor");

        cut.WaitForAssertion(() => Assert.Equal("Click in the article where the span should be split first.", Assert.Single(_results).Error));
        Assert.Equal(quote.Anchor, Spans.Find(quote.Id)!.Anchor);
    }

    [Fact]
    public void Merge_WithTheNextQuote_CoversBothAndDismissesTheSecond()
    {
        var popovers = Render<MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var first = QuoteStarting(state, "No, President Trump");
        var second = QuoteStarting(state, "We can collaborate");
        var cut = RenderActions(state, first);

        ChooseFromMenu(cut, popovers, "more-span-actions", "Merge with the next quote");

        cut.WaitForAssertion(() => Assert.Single(_results));
        var merged = Spans.Find(first.Id)!;
        Assert.StartsWith("No, President Trump", merged.Anchor.Exact, StringComparison.Ordinal);
        Assert.EndsWith("and us in ours.", merged.Anchor.Exact, StringComparison.Ordinal);
        Assert.Equal((SpanStatus.Rejected, $"Merged into #{first.Id}"), (Spans.Find(second.Id)!.Status, Spans.Find(second.Id)!.DismissReason));
    }

    [Fact]
    public void Merge_LastQuoteOfTheArticle_IsNotOffered()
    {
        var popovers = Render<MudPopoverProvider>();
        var state = Workbench(ImportSample());
        var last = QuoteStarting(state, "There are always weak links");
        var cut = RenderActions(state, last);

        cut.Find("[data-testid=more-span-actions] button").Click();

        popovers.WaitForAssertion(() => Assert.True(popovers.FindAll(".mud-menu-item").Single(i => i.TextContent.Contains("Merge", StringComparison.Ordinal)).ClassList.Contains("mud-disabled")));
    }
}
