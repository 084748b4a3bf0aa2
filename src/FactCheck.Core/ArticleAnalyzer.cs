using FactCheck.Core.Claims;
using FactCheck.Core.Names;
using FactCheck.Core.Quotes;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core;

/// <summary>
/// Finds paragraphs, sentences, quotes with their speakers, claims and cited sources in plain text.
/// An instance is immutable and thread-safe; reuse it for many texts. Build a custom one with <see cref="ArticleAnalyzerBuilder"/>.
/// </summary>
/// <remarks>
/// The stages run in order over the whole article, since speakers and sources are often named paragraphs before
/// the quotes that rely on them: paragraphs (non-blank lines) → sentences → quotation marks → the people the article
/// names → quotes with kinds, groups and speakers → claims, one call of the claim detector per sentence → cited sources.
/// Every stage is a linear scan or works in bounded windows, so the cost grows linearly with the text.
/// </remarks>
public sealed class ArticleAnalyzer
{
    private readonly ClaimDetector _claimDetector;
    private readonly bool _detectSources;
    private readonly bool _detectClaims;

    internal ArticleAnalyzer(ClaimDetector claimDetector, bool detectSources, bool detectClaims)
    {
        _claimDetector = claimDetector;
        _detectSources = detectSources;
        _detectClaims = detectClaims;
    }

    /// <summary>The analyzer with the default pipeline.</summary>
    public static ArticleAnalyzer Default { get; } = new ArticleAnalyzerBuilder().Build();

    /// <summary>Analyzes <paramref name="text"/>; offsets in the result are UTF-16 indices into it.</summary>
    public ArticleAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = ParagraphSplitter.Instance.Split(text);
        var sentences = new List<TextSpan>(Math.Max(4, text.Length / 120));
        foreach (var paragraph in paragraphs)
            SentenceSplitter.Instance.Split(text, paragraph, sentences);

        var candidates = QuoteScanner.Instance.Scan(text, paragraphs);
        var quoteSpans = new TextSpan[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
            quoteSpans[i] = candidates[i].Inner;
        var names = NameIndex.Build(text, paragraphs, quoteSpans);
        var quotes = QuoteExtractor.Instance.Extract(text, paragraphs, sentences, candidates, names);

        var claims = new List<Claim>(_detectClaims ? sentences.Count : 0);
        if (_detectClaims)
        {
            foreach (var sentence in sentences)
                _claimDetector.Detect(text, sentence, claims);
        }

        var sources = _detectSources
            ? SourceDetector.Instance.Detect(text, paragraphs, sentences, quotes, claims)
            : [];
        return new ArticleAnalysis(text, paragraphs, sentences, quotes, claims, sources);
    }
}
