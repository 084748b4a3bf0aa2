using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class VerdictFormTests : WebTestContext
{
    [Fact]
    public void VerdictForm_RatingAndRationale_SavesTheVerdict()
    {
        var quote = Articles.Spans(ImportSample()).First(s => s.Kind == SpanKind.Quote);
        Verdict? raised = null;
        var cut = Render<VerdictForm>(p => p
            .Add(x => x.Span, quote)
            .Add(x => x.Scale, RatingScale.Default)
            .Add(x => x.Saved, v => raised = v));

        cut.Find("input[data-rating='mostly-true']").Click();
        cut.Find("textarea[data-testid=rationale]").Change("The call was confirmed by both governments.");
        cut.Find("[data-testid=save-verdict]").Click();

        var stored = Verdicts.ForSpan(quote.Id);
        Assert.NotNull(stored);
        Assert.Equal(("mostly-true", "The call was confirmed by both governments."), (stored.RatingKey, stored.Rationale));
        Assert.Equal(stored, raised);
    }

    [Fact]
    public void VerdictForm_NoRationale_SaysItIsRequiredAndStoresNothing()
    {
        var quote = Articles.Spans(ImportSample()).First(s => s.Kind == SpanKind.Quote);
        var cut = Render<VerdictForm>(p => p
            .Add(x => x.Span, quote)
            .Add(x => x.Scale, RatingScale.Default));

        cut.Find("input[data-rating='false']").Click();
        cut.Find("[data-testid=save-verdict]").Click();

        Assert.Contains("Rationale is required.", cut.Markup);
        Assert.Null(Verdicts.ForSpan(quote.Id));
    }

    [Fact]
    public void VerdictForm_NoRating_SaysToChooseOne()
    {
        var quote = Articles.Spans(ImportSample()).First(s => s.Kind == SpanKind.Quote);
        var cut = Render<VerdictForm>(p => p
            .Add(x => x.Span, quote)
            .Add(x => x.Scale, RatingScale.Default));

        cut.Find("textarea[data-testid=rationale]").Change("Some reasoning.");
        cut.Find("[data-testid=save-verdict]").Click();

        Assert.Equal("Choose a rating.", cut.Find("[data-testid=rating-error]").TextContent);
        Assert.Null(Verdicts.ForSpan(quote.Id));
    }

    [Fact]
    public void VerdictForm_ExistingVerdict_IsShownForEditing()
    {
        var quote = Articles.Spans(ImportSample()).First(s => s.Kind == SpanKind.Quote);
        var verdict = Verdicts.Save(quote.Id, "half-true", "Partly right.", DateTime.UtcNow);

        var cut = Render<VerdictForm>(p => p
            .Add(x => x.Span, quote)
            .Add(x => x.Scale, RatingScale.Default)
            .Add(x => x.Current, verdict));

        Assert.True(cut.Find("input[data-rating='half-true']").HasAttribute("checked"));
        Assert.Equal("Partly right.", cut.Find("textarea[data-testid=rationale]").GetAttribute("value") ?? cut.Find("textarea[data-testid=rationale]").TextContent);
    }
}
