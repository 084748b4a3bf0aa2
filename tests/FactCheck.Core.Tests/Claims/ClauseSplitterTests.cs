using FactCheck.Core.Claims;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Claims;

public class ClauseSplitterTests
{
    [Theory]
    [InlineData("Exports rose 5% last year, and imports fell 3%.", "Exports rose 5% last year", "imports fell 3%.")]
    [InlineData("Unemployment fell to 4%; wages rose 2% in March.", "Unemployment fell to 4%", "wages rose 2% in March.")]
    [InlineData("Sales doubled in 2019, but profits dropped by half.", "Sales doubled in 2019", "profits dropped by half.")]
    [InlineData("The council signed the deal in 2017, and it cut fares for 3 million riders.", "The council signed the deal in 2017", "it cut fares for 3 million riders.")]
    [InlineData("Rents in Leeds rose 9%, while Bristol saw a 4% fall.", "Rents in Leeds rose 9%", "Bristol saw a 4% fall.")]
    public void Split_TwoCheckableAssertions_GivesOneClauseEach(string sentence, string first, string second)
    {
        Assert.Equal([first, second], Split(sentence));
    }

    [Fact]
    public void Split_ThreeAssertions_GivesThreeClauses()
    {
        Assert.Equal(
            ["Wheat rose 4% in May", "maize fell 2% in June", "rice was flat at 300 dollars a tonne."],
            Split("Wheat rose 4% in May, and maize fell 2% in June; rice was flat at 300 dollars a tonne."));
    }

    [Theory]
    [InlineData("Prices rose 5%, and fell 3% later.")] // one subject, two verbs
    [InlineData("The mayor arrived, and the band played.")] // nothing checkable
    [InlineData("Apples, pears and 3 oranges were sold, and nothing else.")] // no second assertion
    [InlineData("Did exports rise 5%, and did imports fall 3%?")] // a question stays whole
    [InlineData("\u201CWe cut fares by 5%, and we added 300 buses,\u201D she said.")] // inside a quotation
    [InlineData("The budget (up 5%, and the largest ever) passed in 2020.")] // inside brackets
    [InlineData("Fares rose 5% in 2020 and ridership fell 3% in 2021.")] // no comma before the conjunction
    [InlineData("Output rose 5%, and so on.")] // too short after the cut
    public void Split_NoSeparateAssertions_KeepsTheSentenceWhole(string sentence)
    {
        Assert.Equal([sentence], Split(sentence));
    }

    [Fact]
    public void Split_OverlongSentence_StaysWhole()
    {
        var sentence = string.Concat(Enumerable.Repeat("Exports rose 5% in May, and imports fell 3% in June, and ", 50)) + "that was all.";

        Assert.True(sentence.Length > ClauseSplitter.MaxSentenceLength);
        Assert.Single(Split(sentence));
    }

    private static string[] Split(string sentence)
    {
        var text = "Before. " + sentence + " After.";
        var span = new TextSpan(8, sentence.Length);
        Span<TextSpan> clauses = stackalloc TextSpan[8];
        var count = ClauseSplitter.Split(text, span, clauses);
        var result = new string[count];
        for (var i = 0; i < count; i++)
            result[i] = text.Slice(clauses[i]);
        return result;
    }
}
