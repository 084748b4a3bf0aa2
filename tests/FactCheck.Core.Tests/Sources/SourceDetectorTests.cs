using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Sources;

public class SourceDetectorTests
{
    private static CitedSource Source(ArticleAnalysis analysis, string name) =>
        Assert.Single(analysis.Sources, s => s.Name == name);

    [Theory]
    [InlineData("Prices rose 4% last year, according to Reuters.", "Reuters", SourceKind.NewsOutlet, "according to")]
    [InlineData("Prices rose 4% last year, reported the Wall Street Journal.", "The Wall Street Journal", SourceKind.NewsOutlet, "reported")]
    [InlineData("The Washington Post reported that prices rose 4% last year.", "The Washington Post", SourceKind.NewsOutlet, "reported")]
    [InlineData("A new Brookings Institution study finds that prices rose 4%.", "Brookings Institution", SourceKind.ThinkTankOrReport, "study")]
    [InlineData("A report by the Government Accountability Office found waste.", "Government Accountability Office", SourceKind.GovernmentBody, "report")]
    [InlineData("The Pentagon said in a statement that two drones were lost.", "The Pentagon", SourceKind.GovernmentBody, "statement")]
    [InlineData("A spokesperson said the talks would resume.", "a spokesperson", SourceKind.Unnamed, "spokesperson")]
    [InlineData("The governor announced the plan on Twitter.", "Twitter", SourceKind.SocialMedia, "on twitter")]
    [InlineData("The plan was first detailed in the Northfield Gazette last week.", "Northfield Gazette", SourceKind.NewsOutlet, "detailed in")]
    public void Detect_CuedSource_GivesCanonicalNameKindAndCue(string text, string name, SourceKind kind, string cue)
    {
        var analysis = ArticleAnalyzer.Default.Analyze(text);

        var source = Source(analysis, name);
        Assert.Equal(kind, source.Kind);
        Assert.Equal(cue, source.Cue);
        Assert.Equal([0], source.ClaimIndexes);
        Assert.All(source.Mentions, m => Assert.False(m.IsEmpty));
    }

    [Fact]
    public void Detect_OutletToldAQuote_LinksTheQuote()
    {
        const string text = "\u201CWe will not resign,\u201D Mayor Ana Ruiz told CNN on Monday.";

        var analysis = ArticleAnalyzer.Default.Analyze(text);

        Assert.Equal([0], Source(analysis, "CNN").QuoteIndexes);
    }

    [Fact]
    public void Detect_ReportMentionedAgain_LinksTheSentencesThatReferBack()
    {
        const string text = "A recent Cato Institute report argues that tariffs raise prices. The report also finds that jobs were lost. Critics disagree.";

        var analysis = ArticleAnalyzer.Default.Analyze(text);

        var claims = Source(analysis, "Cato Institute").ClaimIndexes.Select(c => text.Slice(analysis.Claims[c].Span)).ToArray();
        Assert.Equal(2, claims.Length);
        Assert.DoesNotContain(claims, c => c.StartsWith("Critics", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_SourceNamedInsideAQuote_IsNotTheArticlesSource()
    {
        const string text = "\u201CI read it in the New York Times,\u201D Ana Ruiz said.";

        Assert.DoesNotContain(ArticleAnalyzer.Default.Analyze(text).Sources, s => s.Name == "The New York Times");
    }
}
