using FactCheck.Core.Articles;
using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class WorkbenchStateTests : WebTestContext
{
    [Fact]
    public void Move_NextAndPrevious_WalkTheVisibleSpansInTextOrder()
    {
        var state = Workbench(ImportSample());

        var first = state.Move(1);
        var second = state.Move(1);
        var back = state.Move(-1);

        Assert.Equal(state.Visible[0], first);
        Assert.Equal(state.Visible[1], second);
        Assert.Equal(first, back);
        Assert.True(state.Visible.Zip(state.Visible.Skip(1)).All(p => p.First.Anchor.Start <= p.Second.Anchor.Start));
    }

    [Fact]
    public void Reject_Suggestion_DisappearsFromOpenAndHighlightsButShowsUnderDismissed()
    {
        var state = Workbench(ImportSample());
        var span = state.Visible[0];

        var result = state.Reject(span, DismissReasons.Opinion);

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(state.Visible, s => s.Id == span.Id);
        Assert.DoesNotContain(state.Highlighted, s => s.Id == span.Id);
        state.SetFilter(SpanFilter.Dismissed);
        Assert.Equal(span.Id, Assert.Single(state.Visible).Id);
    }

    [Fact]
    public void Mark_Selection_AddsAnAcceptedClaimAndSelectsIt()
    {
        var id = ImportSample();
        var state = Workbench(id);
        var text = state.Article!.Text;
        var start = text.IndexOf("Intelligence-sharing", StringComparison.Ordinal);
        var end = text.IndexOf("table,", start, StringComparison.Ordinal) + "table".Length;

        var result = state.Mark(SpanKind.Claim, start, end, null);

        Assert.Equal("Intelligence-sharing and joint enforcement actions remain on the table", result.Span!.Anchor.Exact);
        Assert.Equal(result.Span.Id, state.Selected!.Id);
        Assert.Contains(Workbench(id).Highlighted, s => s.Id == result.Span.Id);
    }

    [Fact]
    public void KnownSpeakers_ListsThePeopleTheArticleQuotes()
    {
        var state = Workbench(ImportSample());

        Assert.Contains(state.KnownSpeakers(), s => s.Name == "Claudia Sheinbaum");
    }
}
