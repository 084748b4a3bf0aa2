using FactCheck.Core.Quotes;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Quotes;

public class QuoteScannerTests
{
    private static string[] Scan(string text)
    {
        var paragraphs = ParagraphSplitter.Instance.Split(text);
        return QuoteScanner.Instance.Scan(text, paragraphs).Select(q => text.Slice(q.Inner)).ToArray();
    }

    [Theory]
    [InlineData("He said \"yes\" and \u201Cno.\u201D", "yes|no.")]
    [InlineData("\u201CWe will win,\" he said. \"And soon.\u201D", "We will win,|And soon.")]
    [InlineData("Mexico\u2019s leader said don\u2019t worry about the \u201990s or rock \u2019n\u2019 roll.", "")]
    [InlineData("Trump: \u2018I will win\u2019 in November", "I will win")]
    [InlineData("\u2018The students\u2019 union is strong,\u2019 he said.", "The students\u2019 union is strong,")]
    [InlineData("\u201CHe told me, \u2018Go home,\u2019 and left,\u201D she said.", "He told me, \u2018Go home,\u2019 and left,")]
    [InlineData("\u00AB Nous gagnerons \u00BB, a-t-il dit.", "Nous gagnerons")]
    [InlineData("\u201EWir schaffen das\u201C, sagte sie.", "Wir schaffen das")]
    [InlineData("He said \u201Cwe will never stop", "we will never stop")]
    [InlineData("\u201CI think so.\u201DClinton said.", "I think so.")]
    [InlineData("A 6'2\" guard and a 5'10\" center played.", "")]
    [InlineData("Empty \u201C\u201D and \"  \" marks are skipped.", "")]
    public void Scan_QuotationMarks_PairsThemIntoQuotes(string text, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Scan(text));
    }

    [Fact]
    public void Scan_QuoteLeftOpenAtParagraphEnd_RunsToTheEndAndTheNextParagraphReopens()
    {
        const string text = "\u201CThe first part goes on.\n\u201CThe second part ends,\u201D she said.";

        var candidates = QuoteScanner.Instance.Scan(text, ParagraphSplitter.Instance.Split(text));

        Assert.Equal(2, candidates.Count);
        Assert.True(candidates[0].RunsToParagraphEnd);
        Assert.Equal("The first part goes on.", text.Slice(candidates[0].Inner));
        Assert.Equal(1, candidates[1].Paragraph);
        Assert.False(candidates[1].RunsToParagraphEnd);
    }
}
