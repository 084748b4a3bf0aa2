using System.Text;
using FactCheck.Core.Quotes;
using FactCheck.Core.Text;
using FactCheck.Testing;

namespace FactCheck.Core.Tests;

/// Hostile and unusual inputs: each must give a sane result (timings are measured in tests/FactCheck.Benchmarks).
public class ArticleAnalyzerRobustnessTests
{
    public static TheoryData<string> AdversarialInputs() => new(AdversarialText.Kinds);

    private static string Adversarial(string kind) => AdversarialText.Create(kind);

    [Theory]
    [MemberData(nameof(AdversarialInputs))]
    public void Analyze_AdversarialInput_GivesSpansInsideTheText(string kind)
    {
        var text = Adversarial(kind);

        var analysis = ArticleAnalyzer.Default.Analyze(text);

        var spans = analysis.Paragraphs.Concat(analysis.Sentences).Concat(analysis.Quotes.Select(q => q.Span)).Concat(analysis.Claims.Select(c => c.Span));
        Assert.All(spans, s => Assert.True(s.Start >= 0 && s.End <= text.Length && !s.IsEmpty));
        Assert.All(analysis.Quotes, q => Assert.False(SplitsPair(text, q.Span.Start) || SplitsPair(text, q.Span.End)));
        Assert.NotEmpty(analysis.Sentences);
    }

    [Fact]
    public void Analyze_OnlyQuotationMarks_FindsNoQuotes()
    {
        Assert.Empty(ArticleAnalyzer.Default.Analyze(Adversarial("only quotation marks")).Quotes);
    }

    [Fact]
    public void Analyze_OneLongSentence_GivesOneSentence()
    {
        Assert.Single(ArticleAnalyzer.Default.Analyze(Adversarial("one long sentence")).Sentences);
    }

    [Fact]
    public void Analyze_EightArticlesInParallel_GivesTheSameResultsAsOneByOne()
    {
        var articles = Enumerable.Range(0, 8).Select(i => ArticleSamples.All[i % ArticleSamples.All.Count] + "\n" + new string('x', i)).ToArray();
        var sequential = articles.Select(a => Describe(ArticleAnalyzer.Default.Analyze(a))).ToArray();

        var parallel = new string[articles.Length];
        Parallel.For(0, articles.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(ArticleAnalyzer.Default.Analyze(articles[i])));

        Assert.Equal(sequential, parallel);
    }

    /// Invented lines with the attribution shapes the speaker rules look for, to be cut at every character.
    private const string AttributionShapes =
        "Frank Lane and Jim Reed: \u201CWe found that voters want someone who inspires.\u201D\n" +
        "Voters care - More from Reed: \u201CThe partisanship is growing.\u201D \u2015 Ana Ruiz\n" +
        "\u201CREED: Why did it fail?\u201D said a voice over, \"wearing \u201CRuiz\u201D pins,\" Tweeted on Friday.\n" +
        "With a vote for Tom Reed ruled out, Bill Lane said he is left with two options: vote for Ruiz, whom he called \u201Ca fraud,\u201D or \u201Cstay home.\u201D\n" +
        "Ruiz's first five questioners ranged from skeptical to hostile: \"Is it time?\" . . . \"Why?\"\n" +
        "Another worshiper who prayed at the center said he heard Reed talk of \u201Cimmorality\u201D -- said the mayor, who \u201C\n" +
        "Hastily blaming it, with Tom Reed reportedly yelling: \u201COut!\u201D Reed\u2019s email to his aides notes that \u201CThe \u201CNo\u201D ad\u201D thanked\n" +
        "Ruiz\u2019s \u201Ckeep it\u201D promise, said Tom Baker, 30, of Raleigh, N.C., a Post bureau chief. \u201CNo,\u201D Ruiz said: That\n" +
        "Reed on Tuesday night warned: \u201CNo.\u201D That quote from Tom Reed\n" +
        "Rep. Robert C. \u201CBobby\u201D Scott told \u201CFox and Friends\u201D and the \u201CNight Watch\u201D star, as \u201CThe Wall Street Journal\u201D wrote.\n" +
        "Tom Vale, president and CEO of Tulsa Restaurant Association stated, \u201CNo.\u201D Ana Ruiz, director of the";

    [Fact]
    public void Analyze_TextCutAnywhere_NeverThrowsAndKeepsSpansInside()
    {
        // texts that start or end anywhere put quotes, colons and names at the edges of every window the engine reads
        foreach (var (article, step) in ArticleSamples.All.Select(a => (a, 13)).Append((AttributionShapes, 1)))
        {
            for (var cut = 0; cut < article.Length; cut += step)
            {
                foreach (var text in new[] { article[cut..], article[..cut] })
                {
                    var analysis = ArticleAnalyzer.Default.Analyze(text);
                    var spans = analysis.Sentences.Concat(analysis.Quotes.Select(q => q.Span)).Concat(analysis.Claims.Select(c => c.Span));
                    Assert.All(spans, s => Assert.True(s.Start >= 0 && s.End <= text.Length, $"span {s} outside a text of {text.Length} (cut {cut})"));
                }
            }
        }
    }

    [Fact]
    public void Analyze_EmptyAndBlankText_GivesAnEmptyAnalysis()
    {
        foreach (var text in new[] { "", " \n\t\r\n " })
        {
            var analysis = ArticleAnalyzer.Default.Analyze(text);
            Assert.Empty(analysis.Paragraphs);
            Assert.Empty(analysis.Sentences);
            Assert.Empty(analysis.Quotes);
        }
    }

    /// True when <paramref name="i"/> falls between the two halves of a valid surrogate pair.
    private static bool SplitsPair(string text, int i) =>
        i > 0 && i < text.Length && char.IsHighSurrogate(text[i - 1]) && char.IsLowSurrogate(text[i]);

    private static string Describe(ArticleAnalysis a)
    {
        var b = new StringBuilder();
        foreach (var s in a.Sentences)
            b.Append(s).Append(';');
        foreach (var q in a.Quotes)
            b.Append(q.Span).Append(q.Kind).Append(q.Group).Append(q.Speaker).Append(';');
        foreach (var c in a.Claims)
            b.Append(c.Span).Append(c.Score).Append(string.Join(',', c.Reasons)).Append(';');
        foreach (var s in a.Sources)
            b.Append(s.Name).Append(s.Kind).Append(string.Join(',', s.Mentions)).Append(string.Join(',', s.QuoteIndexes)).Append(string.Join(',', s.ClaimIndexes)).Append(';');
        return b.ToString();
    }
}
