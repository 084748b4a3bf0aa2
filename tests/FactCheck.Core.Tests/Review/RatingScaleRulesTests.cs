using FactCheck.Core.Review;

namespace FactCheck.Core.Tests.Review;

public class RatingScaleRulesTests
{
    [Fact]
    public void Problems_BuiltInScales_None()
    {
        foreach (var scale in RatingScales.BuiltIn)
            Assert.Empty(RatingScaleRules.Problems(scale));
    }

    [Fact]
    public void Problems_DuplicateKeysAndLabels_NamesEach()
    {
        var scale = new RatingScale("s", "S", [new("a", "Same", "", "#fff", 5), new("a", "same", "", "#000", 1)]);

        Assert.Equal(["The key “a” is used by more than one rating.", "The label “Same” is used by more than one rating."], RatingScaleRules.Problems(scale));
    }

    [Fact]
    public void Problems_FewerThanTwoOrderedRatings_SaysRatingsMustBeComparable()
    {
        var scale = new RatingScale("s", "S", [new("a", "A", "", "#fff", 5), new("b", "B", "", "#000", null)]);

        Assert.Contains("At least two ratings need a ClaimReview value, so that ratings can be ordered and compared.", RatingScaleRules.Problems(scale));
    }

    [Theory]
    [InlineData("Mostly true", "mostly-true")]
    [InlineData("  Two Pinocchios! ", "two-pinocchios")]
    [InlineData("Réel / vrai", "reel-vrai")]
    [InlineData("Missing  context", "missing-context")]
    public void KeyFrom_Label_LowerCaseWordsJoinedByHyphens(string label, string expected)
    {
        Assert.Equal(expected, RatingScaleRules.KeyFrom(label));
    }
}
