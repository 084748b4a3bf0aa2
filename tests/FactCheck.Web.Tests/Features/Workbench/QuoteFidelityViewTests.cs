using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Core.Evidence;
using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class QuoteFidelityViewTests : WebTestContext
{
    private const string Sheinbaum = "No, President Trump, our territory is inalienable. Our sovereignty is inalienable.";

    private ArticleSpan SampleQuote() => Articles.Spans(ImportSample()).First(s => s.Anchor.Exact == Sheinbaum);

    private ArticleSpan QuoteIn(string text) =>
        Articles.Spans(Importer.Import(new NewArticle("A quote", text)).ArticleId!.Value).First(s => s.Kind == SpanKind.Quote);

    private void AddEvidence(ArticleSpan span, string? passage, EvidenceStance stance = EvidenceStance.OriginalSource, string source = "Presidencia de la República") =>
        Assert.True(Evidence.Add(span.Id, new EvidenceDraft(source, null, stance, Passage: passage), null, ActorFor(Checker), DateTime.UtcNow).Succeeded);

    private IRenderedComponent<QuoteFidelityView> RenderView(ArticleSpan span) =>
        Render<QuoteFidelityView>(p => p.Add(x => x.Span, span).Add(x => x.Evidence, Evidence.ForSpan(span.Id)));

    private static string Summary(IRenderedComponent<QuoteFidelityView> cut) => cut.Find("[data-testid=fidelity-summary]").TextContent.Trim();

    [Fact]
    public void View_QuoteSameAsTheOriginal_SaysItMatches()
    {
        var quote = SampleQuote();
        AddEvidence(quote, "She told him: no, President Trump, our territory is inalienable. Our sovereignty is inalienable. Then she hung up.");

        var cut = RenderView(quote);

        Assert.Equal("matches the original word for word", Summary(cut));
        Assert.All(cut.FindAll(".fc-w"), w => Assert.Equal("Same", w.GetAttribute("data-kind")));
        Assert.Contains("Compared with the passage from Presidencia de la República.", cut.Markup);
    }

    [Fact]
    public void View_ChangedWord_IsFlaggedWithWhatTheOriginalSays()
    {
        var quote = SampleQuote();
        AddEvidence(quote, "No, President Trump, our territory is inviolable. Our sovereignty is inalienable.");

        var cut = RenderView(quote);

        var changed = Assert.Single(cut.FindAll("[data-kind=Changed]"));
        Assert.Equal("inalienable.", changed.TextContent);
        Assert.Equal("The original says “inviolable.”", changed.GetAttribute("title"));
        Assert.Contains("fc-w-changed", changed.ClassList);
        Assert.Equal("1 word changed", Summary(cut));
    }

    [Fact]
    public void View_WordLeftOut_IsShownAsOmitted()
    {
        var quote = SampleQuote();
        AddEvidence(quote, "No, President Trump, our territory is truly inalienable. Our sovereignty is inalienable.");

        var cut = RenderView(quote);

        var omitted = Assert.Single(cut.FindAll("[data-kind=Omitted]"));
        Assert.Equal("truly", omitted.TextContent);
        Assert.Equal("In the original, left out of the quote", omitted.GetAttribute("title"));
        Assert.Equal("1 word omitted", Summary(cut));
    }

    [Fact]
    public void View_WordAdded_IsShownAsInserted()
    {
        var quote = SampleQuote();
        AddEvidence(quote, "No, President Trump, territory is inalienable. Our sovereignty is inalienable.");

        var cut = RenderView(quote);

        var inserted = Assert.Single(cut.FindAll("[data-kind=Inserted]"));
        Assert.Equal("our", inserted.TextContent);
        Assert.Equal("Not in the original", inserted.GetAttribute("title"));
        Assert.Equal("1 word inserted", Summary(cut));
    }

    [Fact]
    public void View_SeveralDifferences_AreAllCounted()
    {
        var quote = SampleQuote();
        AddEvidence(quote, "No, President Trump, our territory is inviolable. Our sovereignty is truly inalienable.");

        var cut = RenderView(quote);

        Assert.Equal("1 word changed, 1 word omitted", Summary(cut));
    }

    [Fact]
    public void View_EllipsisHidingWords_IsFlaggedWithWhatItHides()
    {
        var quote = QuoteIn("\"We will cut taxes … for every family,\" said Mayor Ann Lee.");
        AddEvidence(quote, "We will cut taxes, once the budget allows it, for every family.");

        var cut = RenderView(quote);

        var ellipsis = Assert.Single(cut.FindAll("[data-kind=HiddenByEllipsis]"));
        Assert.Equal("…", ellipsis.TextContent);
        Assert.Equal("The ellipsis hides: “once the budget allows it,”", ellipsis.GetAttribute("title"));
        Assert.Equal("5 words hidden by an ellipsis", Summary(cut));
    }

    [Fact]
    public void View_EllipsisHidingElevenWords_CountsThemAll()
    {
        var quote = QuoteIn("\"We will cut taxes … for every family,\" said Mayor Ann Lee.");
        AddEvidence(quote, "We will cut taxes, once the harbor bonds are repaid and the budget allows it, for every family.");

        var cut = RenderView(quote);

        Assert.Equal("11 words hidden by an ellipsis", Summary(cut));
    }

    [Fact]
    public void View_LatestOriginalSourcePassage_IsTheOneCompared()
    {
        var quote = SampleQuote();
        AddEvidence(quote, "No, President Trump, our territory is inviolable. Our sovereignty is inalienable.", source: "Early transcript");
        AddEvidence(quote, Sheinbaum, source: "Corrected transcript");

        var cut = RenderView(quote);

        Assert.Equal("matches the original word for word", Summary(cut));
        Assert.Contains("Compared with the passage from Corrected transcript.", cut.Markup);
    }

    [Fact]
    public void View_NoOriginalSourcePassage_ShowsNothing()
    {
        var quote = SampleQuote();
        AddEvidence(quote, "No, President Trump, our territory is inviolable.", EvidenceStance.Supports);
        AddEvidence(quote, passage: null);

        var cut = RenderView(quote);

        Assert.Empty(cut.FindAll("[data-testid=quote-fidelity]"));
    }

    [Fact]
    public void View_Claim_ShowsNothing()
    {
        var claim = Articles.Spans(ImportSample()).First(s => s.Kind == SpanKind.Claim);
        AddEvidence(claim, claim.Anchor.Exact);

        var cut = RenderView(claim);

        Assert.Empty(cut.FindAll("[data-testid=quote-fidelity]"));
    }

    [Fact]
    public void View_QuoteAndPassageWithMarkup_ShowThemAsText()
    {
        var quote = QuoteIn("The mayor said: “We will build <b>ten</b> new <img src=x onerror=alert(1)> schools by 2030.”");
        AddEvidence(quote, "We will build <b>twelve</b> new <img src=x onerror=alert(1)> schools by 2030.", source: "<script>alert(1)</script>");

        var cut = RenderView(quote);

        var view = cut.Find("[data-testid=quote-fidelity]");
        Assert.Empty(view.QuerySelectorAll("b, img, script"));
        Assert.Contains("<img", view.TextContent);
        var changed = Assert.Single(cut.FindAll("[data-kind=Changed]"));
        Assert.Equal(("<b>ten</b>", "The original says “<b>twelve</b>”"), (changed.TextContent, changed.GetAttribute("title")));
        Assert.Contains("Compared with the passage from <script>alert(1)</script>.", view.TextContent);
    }
}
