using FactCheck.Web.Features.Revisions;

namespace FactCheck.Web.Tests.Features.Revisions;

public class WordDifferTests
{
    [Fact]
    public void Diff_TypoFixed_MarksTheOldWordRemovedAndTheNewOneAdded()
    {
        var pieces = WordDiffer.Diff("The goverment said so.", "The government said so.");

        Assert.Contains(new WordDiffPiece("goverment", WordChange.Removed), pieces);
        Assert.Contains(new WordDiffPiece("government", WordChange.Added), pieces);
        Assert.Equal("The ", pieces[0].Text);
    }

    [Theory]
    [InlineData("The plan costs $212 million.", "The plan costs $221.5 million, the city says.")]
    [InlineData("", "All new.")]
    [InlineData("All gone.", "")]
    [InlineData("Same text.", "Same text.")]
    public void Diff_AnyTexts_SameAndRemovedRebuildBeforeAndSameAndAddedRebuildAfter(string before, string after)
    {
        var pieces = WordDiffer.Diff(before, after);

        Assert.Equal(before, string.Concat(pieces.Where(p => p.Change != WordChange.Added).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Change != WordChange.Removed).Select(p => p.Text)));
    }
}
