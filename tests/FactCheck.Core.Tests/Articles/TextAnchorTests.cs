using FactCheck.Core.Articles;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Articles;

public class TextAnchorTests
{
    [Fact]
    public void Create_SpanInTheMiddle_KeepsThirtyTwoCharactersEachSide()
    {
        var text = new string('a', 40) + "CLAIM" + new string('b', 40);

        var anchor = TextAnchor.Create(text, new TextSpan(40, 5));

        Assert.Equal(("CLAIM", new string('a', 32), new string('b', 32)), (anchor.Exact, anchor.Prefix, anchor.Suffix));
    }

    [Fact]
    public void Create_SpanAtTheEdges_KeepsWhatThereIs()
    {
        var anchor = TextAnchor.Create("Short text.", new TextSpan(0, 5));

        Assert.Equal(("Short", "", " text."), (anchor.Exact, anchor.Prefix, anchor.Suffix));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void Create_ContextBoundaryInsideASurrogatePair_NeverKeepsHalfOfIt(int emojiDistance)
    {
        // An emoji sits where the 32-character context would cut it, before and after the span.
        var side = new string('x', emojiDistance - 1);
        var text = "😀" + side + "SPAN" + side + "😀";
        var start = text.IndexOf("SPAN", StringComparison.Ordinal);

        var anchor = TextAnchor.Create(text, new TextSpan(start, 4));

        Assert.All(new[] { anchor.Prefix, anchor.Suffix }, context =>
        {
            Assert.False(context.Length > 0 && char.IsLowSurrogate(context[0]));
            Assert.False(context.Length > 0 && char.IsHighSurrogate(context[^1]));
        });
        Assert.EndsWith(anchor.Prefix, text[..start]);
        Assert.StartsWith(anchor.Suffix, text[(start + 4)..]);
    }
}
