using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var sentences = new List<TextSpan>();
        foreach (var paragraph in ParagraphSplitter.Instance.Split(text))
            SentenceSplitter.Instance.Split(text, paragraph, sentences);
        return sentences.Select(text.Slice).ToArray();
    }

    [Theory]
    [InlineData("Mr. Smith went to Washington. He arrived at noon.", "Mr. Smith went to Washington.|He arrived at noon.")]
    [InlineData("Gen. Ortiz, Sen. Park, Rep. Diaz, Gov. Lee, Lt. Gray and Dr. Wu spoke.", "Gen. Ortiz, Sen. Park, Rep. Diaz, Gov. Lee, Lt. Gray and Dr. Wu spoke.")]
    [InlineData("Mrs. Hale and Ms. Ode met St. Clair on Jan. 5 in the U.S. capital.", "Mrs. Hale and Ms. Ode met St. Clair on Jan. 5 in the U.S. capital.")]
    [InlineData("The U.S. and the U.N. agreed. Talks resume soon.", "The U.S. and the U.N. agreed.|Talks resume soon.")]
    [InlineData("Aid went to the U.S. The rest stayed home.", "Aid went to the U.S.|The rest stayed home.")]
    [InlineData("Donald J. Trump met fans of J.R.R. Tolkien. It was odd.", "Donald J. Trump met fans of J.R.R. Tolkien.|It was odd.")]
    [InlineData("Revenue rose 4.2% to $3.5 billion. Costs fell.", "Revenue rose 4.2% to $3.5 billion.|Costs fell.")]
    [InlineData("The vote is at 3 p.m. Friday in Dover.", "The vote is at 3 p.m. Friday in Dover.")]
    [InlineData("It ended at 3 p.m. The crowd left.", "It ended at 3 p.m.|The crowd left.")]
    [InlineData("Acme Corp. and Widget Inc. merged. Shares rose.", "Acme Corp. and Widget Inc. merged.|Shares rose.")]
    [InlineData("Item No. 5 beat item No. 6 vs. the rest, e.g. chairs, i.e. seats, etc. The sale ended.", "Item No. 5 beat item No. 6 vs. the rest, e.g. chairs, i.e. seats, etc.|The sale ended.")]
    [InlineData("He paused... Then he spoke.", "He paused...|Then he spoke.")]
    [InlineData("He said \u2026 and then left.", "He said \u2026 and then left.")]
    [InlineData("Visit example.com/news or mail tips@example.org today. Follow @fact.check on X.", "Visit example.com/news or mail tips@example.org today.|Follow @fact.check on X.")]
    [InlineData("\u201CWhy?\u201D Trump asked. Nobody answered.", "\u201CWhy?\u201D Trump asked.|Nobody answered.")]
    [InlineData("\u201CWhy now?\u201D asked the mayor. Nobody knew.", "\u201CWhy now?\u201D asked the mayor.|Nobody knew.")]
    [InlineData("\u201CWe won.\u201D She smiled.", "\u201CWe won.\u201D|She smiled.")]
    [InlineData("He was wrong. (Nobody said so.) Others agreed.", "He was wrong.|(Nobody said so.)|Others agreed.")]
    [InlineData("WASHINGTON \u2014 The Senate voted on Tuesday.", "The Senate voted on Tuesday.")]
    [InlineData("MEXICO CITY (Reuters) - Rain fell.", "Rain fell.")]
    [InlineData("Senate Passes Budget Deal", "Senate Passes Budget Deal")]
    [InlineData("Rep. Tom Reed (R-Wis.) spoke. Sen. Ana Ruiz, D-Calif., did not.", "Rep. Tom Reed (R-Wis.) spoke.|Sen. Ana Ruiz, D-Calif., did not.")]
    [InlineData("1. Raise taxes on yachts", "1. Raise taxes on yachts")]
    [InlineData("First line.\nSecond line", "First line.|Second line")]
    public void Split_NewsProse_FindsSentenceBoundaries(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Fact]
    public void Split_SentenceOffsets_SliceBackToTrimmedText()
    {
        const string text = "  One.   Two?  \n\n  Three!  ";

        Assert.Equal(["One.", "Two?", "Three!"], Split(text));
    }
}
