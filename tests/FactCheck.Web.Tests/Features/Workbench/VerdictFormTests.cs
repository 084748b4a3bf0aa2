using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class VerdictFormTests : WebTestContext
{
    private ArticleSpan FirstQuote() => Articles.Spans(ImportSample()).First(s => s.Kind == SpanKind.Quote);

    private IRenderedComponent<VerdictForm> RenderForm(ArticleSpan span, Verdict? current = null, Action<Verdict>? saved = null) =>
        Render<VerdictForm>(p => p
            .Add(x => x.Span, span)
            .Add(x => x.Scale, RatingScale.Default)
            .Add(x => x.User, Checker)
            .Add(x => x.Current, current)
            .Add(x => x.Saved, v => saved?.Invoke(v)));

    [Fact]
    public void SaveDraft_RatingAndRationale_StoresADraftVerdict()
    {
        var quote = FirstQuote();
        Verdict? raised = null;
        var cut = RenderForm(quote, saved: v => raised = v);

        cut.Find("input[data-rating='mostly-true']").Click();
        cut.Find("textarea[data-testid=rationale]").Change("The call was confirmed by both governments.");
        cut.Find("[data-testid=save-verdict]").Click();

        var stored = Assert.Single(Verdicts.ForSpan(quote.Id));
        Assert.Equal(("mostly-true", "The call was confirmed by both governments.", VerdictStatus.Draft, "casey"),
            (stored.RatingKey, stored.Rationale, stored.Status, stored.Checker));
        Assert.Equal(stored, raised);
    }

    [Fact]
    public void Submit_RatingAndRationale_StoresASubmittedVerdict()
    {
        var quote = FirstQuote();
        var cut = RenderForm(quote);

        cut.Find("input[data-rating='false']").Click();
        cut.Find("textarea[data-testid=rationale]").Change("No such call took place.");
        cut.Find("[data-testid=submit-verdict]").Click();

        Assert.Equal(VerdictStatus.Submitted, Assert.Single(Verdicts.ForSpan(quote.Id)).Status);
    }

    [Fact]
    public void Save_NoRationale_SaysItIsRequiredAndStoresNothing()
    {
        var quote = FirstQuote();
        var cut = RenderForm(quote);

        cut.Find("input[data-rating='false']").Click();
        cut.Find("[data-testid=save-verdict]").Click();

        Assert.Contains("Rationale is required.", cut.Markup);
        Assert.Empty(Verdicts.ForSpan(quote.Id));
    }

    [Fact]
    public void Save_NoRating_SaysToChooseOne()
    {
        var quote = FirstQuote();
        var cut = RenderForm(quote);

        cut.Find("textarea[data-testid=rationale]").Change("Some reasoning.");
        cut.Find("[data-testid=save-verdict]").Click();

        Assert.Equal("Choose a rating.", cut.Find("[data-testid=rating-error]").TextContent);
        Assert.Empty(Verdicts.ForSpan(quote.Id));
    }

    [Fact]
    public void Form_ExistingVerdict_IsShownForEditing()
    {
        var quote = FirstQuote();
        var verdict = Verdicts.Save(quote.Id, ActorFor(Checker), "half-true", "Partly right.", null, DateTime.UtcNow).Verdict!;

        var cut = RenderForm(quote, verdict);

        Assert.True(cut.Find("input[data-rating='half-true']").HasAttribute("checked"));
        Assert.Equal("Partly right.", cut.Find("textarea[data-testid=rationale]").GetAttribute("value") ?? cut.Find("textarea[data-testid=rationale]").TextContent);
        Assert.Equal("Draft", cut.Find("[data-testid=verdict-status]").TextContent.Trim());
    }

    [Fact]
    public void Save_SomeoneElseSavedMeanwhile_ShowsAConflictAndKeepsTheirVerdict()
    {
        var quote = FirstQuote();
        var loaded = Verdicts.Save(quote.Id, ActorFor(Checker), "true", "Casey's draft.", null, DateTime.UtcNow).Verdict!;
        var cut = RenderForm(quote, loaded);
        Verdicts.Save(quote.Id, ActorFor(Editor), "false", "Eddie's edit.", loaded.Version, DateTime.UtcNow);

        cut.Find("textarea[data-testid=rationale]").Change("Casey's late change.");
        cut.Find("[data-testid=save-verdict]").Click();

        Assert.Contains("eddie changed this verdict while you were editing it", cut.Find("[data-testid=verdict-conflict]").TextContent);
        Assert.Equal("Eddie's edit.", Assert.Single(Verdicts.ForSpan(quote.Id)).Rationale);
    }

    [Fact]
    public void Save_AfterSomeoneElsesVerdictArrivedLiveWhileEditing_IsAConflictNotAnOverwrite()
    {
        var quote = FirstQuote();
        var cut = RenderForm(quote);
        cut.Find("input[data-rating='true']").Click();
        cut.Find("textarea[data-testid=rationale]").Change("Casey's reading.");
        var theirs = Verdicts.Save(quote.Id, ActorFor(Editor), "false", "Eddie's reading.", null, DateTime.UtcNow).Verdict!;

        // The live update hands the form the other verdict while Casey's edits are unsaved.
        cut.Render(p => p.Add(x => x.Current, theirs));
        Assert.Equal("Casey's reading.", cut.Find("textarea[data-testid=rationale]").GetAttribute("value") ?? cut.Find("textarea[data-testid=rationale]").TextContent);
        cut.Find("[data-testid=save-verdict]").Click();

        Assert.Contains("eddie changed this verdict while you were editing it", cut.Find("[data-testid=verdict-conflict]").TextContent);
        Assert.Equal("Eddie's reading.", Assert.Single(Verdicts.ForSpan(quote.Id)).Rationale);
    }

    [Fact]
    public void Form_SubmittedVerdict_IsReadOnly()
    {
        var quote = FirstQuote();
        var draft = Verdicts.Save(quote.Id, ActorFor(Checker), "true", "Done.", null, DateTime.UtcNow).Verdict!;
        var submitted = Verdicts.Submit(draft.Id, ActorFor(Checker), draft.Version, DateTime.UtcNow).Verdict!;

        var cut = RenderForm(quote, submitted);

        Assert.Empty(cut.FindAll("[data-testid=save-verdict]"));
        Assert.Equal("Submitted", cut.Find("[data-testid=verdict-status]").TextContent.Trim());
    }

    [Fact]
    public void Form_ReturnedVerdict_ShowsTheEditorsComment()
    {
        var quote = FirstQuote();
        var draft = Verdicts.Save(quote.Id, ActorFor(Checker), "true", "Done.", null, DateTime.UtcNow).Verdict!;
        var submitted = Verdicts.Submit(draft.Id, ActorFor(Checker), draft.Version, DateTime.UtcNow).Verdict!;
        var returned = Verdicts.Return(submitted.Id, ActorFor(Editor), "Add the transcript link.", submitted.Version, DateTime.UtcNow).Verdict!;

        var cut = RenderForm(quote, returned);

        Assert.Contains("Add the transcript link.", cut.Find("[data-testid=editor-comment]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=submit-verdict]"));
    }
}
