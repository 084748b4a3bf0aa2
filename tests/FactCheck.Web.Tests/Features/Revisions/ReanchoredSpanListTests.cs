using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Revisions;

namespace FactCheck.Web.Tests.Features.Revisions;

public class ReanchoredSpanListTests : RevisionTestContext
{
    [Fact]
    public void ReanchoredSpanList_Orphans_ShowTheirLastTextAndVerdict()
    {
        var (id, _, orphan) = ImportHarborTwice();

        var cut = Render<ReanchoredSpanList>(p => p
            .Add(x => x.Title, "Orphaned")
            .Add(x => x.State, AnchorState.Orphaned)
            .Add(x => x.Spans, [orphan])
            .Add(x => x.Verdicts, Verdicts.ForArticle(id).ToDictionary(v => v.SpanId))
            .Add(x => x.Scale, RatingScale.Default));

        var item = cut.Find("[data-testid=reanchored-span]");
        Assert.Contains("1,800 construction jobs", item.TextContent);
        Assert.Equal("Unverifiable", cut.Find("[data-testid=reanchored-verdict]").TextContent.Trim());
        Assert.Contains("Orphaned (1)", cut.Find("[data-testid=orphaned-title]").TextContent);
    }

    [Fact]
    public void ReanchoredSpanList_ChangedSpan_ShowsAWordDiffOfItsPreviousText()
    {
        var (id, changed, _) = ImportHarborTwice();

        var cut = Render<ReanchoredSpanList>(p => p
            .Add(x => x.Title, "Changed")
            .Add(x => x.State, AnchorState.Changed)
            .Add(x => x.Spans, [changed])
            .Add(x => x.Verdicts, Verdicts.ForArticle(id).ToDictionary(v => v.SpanId))
            .Add(x => x.Scale, RatingScale.Default));

        Assert.Equal("familes", cut.Find("del").TextContent);
        Assert.Equal("families", cut.Find("ins").TextContent);
        Assert.Equal("True", cut.Find("[data-testid=reanchored-verdict]").TextContent.Trim());
    }

    [Fact]
    public void ReanchoredSpanList_ClickingASpan_RaisesItsId()
    {
        var (_, changed, orphan) = ImportHarborTwice();
        int? chosen = null;
        var cut = Render<ReanchoredSpanList>(p => p
            .Add(x => x.Title, "Orphaned")
            .Add(x => x.State, AnchorState.Orphaned)
            .Add(x => x.Spans, [orphan, changed])
            .Add(x => x.Verdicts, new Dictionary<int, Verdict>())
            .Add(x => x.Scale, RatingScale.Default)
            .Add(x => x.SelectedIdChanged, id => chosen = id));

        cut.FindAll("[data-testid=reanchored-span]")[1].Click();

        Assert.Equal(changed.Id, chosen);
    }

    [Fact]
    public void ReanchoredSpanList_NoSpans_RendersNothing()
    {
        var cut = Render<ReanchoredSpanList>(p => p
            .Add(x => x.Title, "Orphaned")
            .Add(x => x.State, AnchorState.Orphaned)
            .Add(x => x.Spans, [])
            .Add(x => x.Verdicts, new Dictionary<int, Verdict>())
            .Add(x => x.Scale, RatingScale.Default));

        Assert.Equal("", cut.Markup.Trim());
    }

    [Fact]
    public void ReanchoredSpanList_MoreSpansThanCollapseAbove_StartsFolded()
    {
        var (_, changed, orphan) = ImportHarborTwice();

        var cut = Render<ReanchoredSpanList>(p => p
            .Add(x => x.Title, "Changed")
            .Add(x => x.State, AnchorState.Changed)
            .Add(x => x.Spans, [changed, orphan])
            .Add(x => x.Verdicts, new Dictionary<int, Verdict>())
            .Add(x => x.Scale, RatingScale.Default)
            .Add(x => x.CollapseAbove, 1));

        Assert.False(cut.Find("details[data-testid=changed-details]").HasAttribute("open"));
        Assert.Equal(2, cut.FindAll("[data-testid=reanchored-span]").Count);
    }
}
