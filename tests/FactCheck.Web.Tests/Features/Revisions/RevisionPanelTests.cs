using Bunit;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Revisions;

namespace FactCheck.Web.Tests.Features.Revisions;

public class RevisionPanelTests : RevisionTestContext
{
    [Fact]
    public void RevisionPanel_AfterARevision_SummarisesAndListsChangedAndOrphanedSpans()
    {
        var (id, changed, orphan) = ImportHarborTwice();
        var revision = Revisions.History(id)[^1];

        var cut = Render<RevisionPanel>(p => p
            .Add(x => x.Article, Articles.Find(id)!)
            .Add(x => x.User, Checker)
            .Add(x => x.Spans, Articles.Spans(id))
            .Add(x => x.Verdicts, Verdicts.ForArticle(id).ToDictionary(v => v.SpanId))
            .Add(x => x.Scale, RatingScale.Default));

        var summary = cut.Find("[data-testid=revision-summary]").TextContent.Trim();
        Assert.StartsWith($"{revision.Anchored} anchored, {revision.Changed} changed, 1 orphaned · {revision.SuggestionsAdded} new suggestion", summary);
        Assert.Equal(RevisionText.Summary(revision), summary);
        Assert.Contains("Revision 2", cut.Markup);
        Assert.Contains("pasted by Casey Checker", cut.Markup);
        Assert.Contains(cut.FindAll("[data-testid=orphaned-spans] [data-testid=reanchored-span]"), e => e.GetAttribute("data-span-id") == orphan.Id.ToString());
        Assert.Contains(cut.FindAll("[data-testid=changed-spans] [data-testid=reanchored-span]"), e => e.GetAttribute("data-span-id") == changed.Id.ToString());
        Assert.Equal(2, cut.FindAll("[data-testid=revision-row]").Count);
    }

    [Fact]
    public void RevisionPanel_FirstVersionOnly_ShowsTheRevisionAndTheImportActionOnly()
    {
        var id = ImportHarbor();

        var cut = Render<RevisionPanel>(p => p
            .Add(x => x.Article, Articles.Find(id)!)
            .Add(x => x.User, Checker)
            .Add(x => x.Spans, Articles.Spans(id))
            .Add(x => x.Verdicts, new Dictionary<int, Verdict>())
            .Add(x => x.Scale, RatingScale.Default));

        Assert.Contains("Revision 1", cut.Find("[data-testid=revision-panel]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=import-revision]"));
        Assert.Empty(cut.FindAll("[data-testid=revision-summary], [data-testid=reanchored-span], [data-testid=revision-history]"));
    }

    [Fact]
    public void RevisionPanel_NewRevisionArrives_ReloadsTheHistory()
    {
        var id = ImportHarbor();
        var cut = Render<RevisionPanel>(p => p
            .Add(x => x.Article, Articles.Find(id)!)
            .Add(x => x.User, Checker)
            .Add(x => x.Spans, Articles.Spans(id))
            .Add(x => x.Verdicts, new Dictionary<int, Verdict>())
            .Add(x => x.Scale, RatingScale.Default));

        RevisionImporter.Import(id, new Core.Articles.NewRevision(Version2), ActorFor(Checker));
        cut.Render(p => p
            .Add(x => x.Article, Articles.Find(id)!)
            .Add(x => x.User, Checker)
            .Add(x => x.Spans, Articles.Spans(id)));

        Assert.Contains("Revision 2", cut.Find("[data-testid=revision-panel]").TextContent);
        Assert.Equal(2, cut.FindAll("[data-testid=revision-row]").Count);
    }
}
