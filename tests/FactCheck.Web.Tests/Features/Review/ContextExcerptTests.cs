using FactCheck.Web.Features.Review;

namespace FactCheck.Web.Tests.Features.Review;

public class ContextExcerptTests
{
    [Fact]
    public void Around_ShortText_WholeTextUncut()
    {
        const string text = "Before it. The claim. After it.";

        var excerpt = ContextExcerpt.Around(text, 11, 21);

        Assert.Equal(("Before it. ", "The claim.", " After it.", false, false), (excerpt.Before, excerpt.Exact, excerpt.After, excerpt.CutBefore, excerpt.CutAfter));
    }

    [Fact]
    public void Around_LongText_CutsAtWordBoundaries()
    {
        var text = string.Join(" ", Enumerable.Repeat("lorem", 100)) + " CLAIM " + string.Join(" ", Enumerable.Repeat("ipsum", 100));
        var start = text.IndexOf("CLAIM", StringComparison.Ordinal);

        var excerpt = ContextExcerpt.Around(text, start, start + 5, radius: 40);

        Assert.True(excerpt.CutBefore && excerpt.CutAfter);
        Assert.StartsWith("lorem", excerpt.Before);
        Assert.EndsWith("ipsum", excerpt.After);
        Assert.True(excerpt.Before.Length <= 41 && excerpt.After.Length <= 41);
    }

    [Fact]
    public void Around_ParagraphBreakInReach_StartsAtTheParagraph()
    {
        const string text = "Old paragraph that goes on.\nNew paragraph with the claim in it.";
        var start = text.IndexOf("the claim", StringComparison.Ordinal);

        var excerpt = ContextExcerpt.Around(text, start, start + 9, radius: 30);

        Assert.Equal("New paragraph with ", excerpt.Before);
    }
}
