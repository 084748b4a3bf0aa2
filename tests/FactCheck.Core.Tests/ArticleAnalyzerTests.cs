using FactCheck.Core.Quotes;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests;

public class ArticleAnalyzerTests
{
    private static readonly string Sample = SampleArticle.Read(SampleArticle.MexicoCartels);

    [Fact]
    public void Analyze_SampleArticle_FindsItsFourDirectQuotes()
    {
        var analysis = ArticleAnalyzer.Default.Analyze(Sample);

        var statements = analysis.Quotes.Where(q => q.Kind == QuoteKind.Statement).Select(q => Sample.Slice(q.Span)).ToArray();
        Assert.Equal(
            [
                "How can we help you fight drug trafficking?",
                "No, President Trump, our territory is inalienable. Our sovereignty is inalienable.",
                "We can collaborate. We can work together—but with you in your territory and us in ours.",
                "There are always weak links, always ways to maneuver,",
            ],
            statements);
    }

    [Fact]
    public void Analyze_SampleArticle_QuoteOffsetsSliceBetweenTheirQuotationMarks()
    {
        var analysis = ArticleAnalyzer.Default.Analyze(Sample);

        Assert.All(analysis.Quotes, q =>
        {
            Assert.Equal('\u201C', Sample[q.Span.Start - 1]);
            Assert.Equal('\u201D', Sample[q.Span.End]);
        });
    }

    [Fact]
    public void Analyze_SampleArticle_TroopsSentenceIsAClaimWithAQuantityReason()
    {
        var analysis = ArticleAnalyzer.Default.Analyze(Sample);

        var claim = Assert.Single(analysis.Claims, c => Sample.Slice(c.Span).Contains("10,000 troops"));
        Assert.StartsWith("Earlier in the year", Sample.Slice(claim.Span));
        Assert.Contains(claim.Reasons, r => r.Code == "quantity" && r.Weight > 0 && r.Description.Contains("10,000"));
    }

    [Fact]
    public void Analyze_TextWithSurrogatePairs_CountsOffsetsInUtf16CodeUnits()
    {
        const string text = "Fans 😀 cheered. \u201CWe won 3 games,\u201D she said.";

        var quote = Assert.Single(ArticleAnalyzer.Default.Analyze(text).Quotes);

        Assert.Equal(text.IndexOf("We won", StringComparison.Ordinal), quote.Span.Start);
        Assert.Equal("We won 3 games,", text.Slice(quote.Span));
    }
}
