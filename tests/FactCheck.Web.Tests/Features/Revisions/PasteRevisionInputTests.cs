using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Web.Features.Revisions;

namespace FactCheck.Web.Tests.Features.Revisions;

public class PasteRevisionInputTests : WebTestContext
{
    [Fact]
    public void PasteRevisionInput_TextPasted_SubmitsItAsAPaste()
    {
        RevisionInput? submitted = null;
        var cut = Render<PasteRevisionInput>(p => p.Add(x => x.Submitted, input => submitted = input));

        cut.Find("textarea[data-testid=revision-text]").Change("The new text.");
        cut.Find("[data-testid=revision-submit]").Click();

        Assert.Equal(new RevisionInput("The new text.", RevisionOrigin.Paste), submitted);
    }

    [Fact]
    public void PasteRevisionInput_ErrorAndBusy_ShowsTheErrorAndDisablesSubmit()
    {
        var cut = Render<PasteRevisionInput>(p => p
            .Add(x => x.Submitted, _ => { })
            .Add(x => x.Error, "Text is required.")
            .Add(x => x.Busy, true));

        Assert.Contains("Text is required.", cut.Markup);
        Assert.True(cut.Find("[data-testid=revision-submit]").HasAttribute("disabled"));
    }
}
