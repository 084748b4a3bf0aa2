using FactCheck.Core.Quotes;
using FactCheck.Core.Sources;
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
    public void Analyze_SampleArticle_GivesEachStatementItsSpeaker()
    {
        var analysis = ArticleAnalyzer.Default.Analyze(Sample);

        var speakers = analysis.Quotes.Where(q => q.Kind == QuoteKind.Statement).Select(q => q.Speaker).ToArray();
        Assert.Equal(["Donald Trump", "Claudia Sheinbaum", "Claudia Sheinbaum", "a cartel leader"], speakers.Select(s => s?.Name));
        Assert.Equal([true, true, true, false], speakers.Select(s => s!.IsNamed));
        Assert.Equal(["asked", "reply", "added", "told"], speakers.Select(s => s!.Cue));
        Assert.All(speakers, s => Assert.Equal(s!.Cue, Sample.Slice(s.CueSpan!.Value)));
        Assert.Equal("President", speakers[1]!.Role);
        Assert.Equal("She", Sample.Slice(speakers[2]!.Mention!.Value));
    }

    [Fact]
    public void Analyze_SampleArticle_LinksCitedSourcesToTheSpansThatRelyOnThem()
    {
        var analysis = ArticleAnalyzer.Default.Analyze(Sample);

        var journal = Assert.Single(analysis.Sources, s => s.Name == "The Wall Street Journal");
        Assert.Equal(SourceKind.NewsOutlet, journal.Kind);
        Assert.Equal([0, 1, 2], journal.QuoteIndexes);
        var fox = Assert.Single(analysis.Sources, s => s.Name == "Fox News");
        Assert.Contains(fox.ClaimIndexes, c => Sample.Slice(analysis.Claims[c].Span).Contains("the White House issued a diplomatic statement"));
        var heritage = Assert.Single(analysis.Sources, s => s.Name == "The Heritage Foundation");
        Assert.Equal(SourceKind.ThinkTankOrReport, heritage.Kind);
        Assert.Equal(
            ["A recent Heritage Foundation report argues", "While the report stops short"],
            heritage.ClaimIndexes.Select(c => Sample.Slice(analysis.Claims[c].Span)[..(c == heritage.ClaimIndexes[0] ? 42 : 28)]));
    }

    [Fact]
    public void Build_WithoutClaimsAndSources_SkipsThoseStagesOnly()
    {
        var analyzer = new ArticleAnalyzerBuilder().WithoutClaims().WithoutSources().Build();

        var analysis = analyzer.Analyze(Sample);

        Assert.Empty(analysis.Claims);
        Assert.Empty(analysis.Sources);
        Assert.Equal(ArticleAnalyzer.Default.Analyze(Sample).Quotes, analysis.Quotes);
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
