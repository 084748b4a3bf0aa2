using FactCheck.Core.Quotes;

namespace FactCheck.Core.Articles;

/// <summary>The claims and quotes the engine proposes for an article, and the sources they rely on.</summary>
/// <param name="Spans">Quotes and claims, in text order.</param>
/// <param name="Sources">Cited sources.</param>
public sealed record SpanSuggestions(IReadOnlyList<SpanSuggestion> Spans, IReadOnlyList<SourceSuggestion> Sources)
{
    /// <summary>Default check-worthiness a claim needs to be proposed.</summary>
    public const double DefaultClaimThreshold = 0.5;

    /// <summary>
    /// Turns an analysis into suggestions: every statement quote, and every claim scoring at least
    /// <paramref name="claimThreshold"/>. Terms (scare quotes, titles) are not proposed.
    /// </summary>
    public static SpanSuggestions From(ArticleAnalysis analysis, double claimThreshold = DefaultClaimThreshold)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var spans = new List<(int Position, SpanSuggestion Suggestion, int? QuoteIndex, int? ClaimIndex)>();
        for (var i = 0; i < analysis.Quotes.Count; i++)
        {
            var quote = analysis.Quotes[i];
            if (quote.Kind != QuoteKind.Statement)
                continue;
            var anchor = TextAnchor.Create(analysis.Text, quote.Span);
            spans.Add((quote.Span.Start, new SpanSuggestion(SpanKind.Quote, anchor, null, [], quote.Speaker, quote.Group), i, null));
        }
        for (var i = 0; i < analysis.Claims.Count; i++)
        {
            var claim = analysis.Claims[i];
            if (claim.Score < claimThreshold)
                continue;
            var anchor = TextAnchor.Create(analysis.Text, claim.Span);
            spans.Add((claim.Span.Start, new SpanSuggestion(SpanKind.Claim, anchor, claim.Score, claim.Reasons, null, null), null, i));
        }
        // Claims before the quotes inside them, so a reader meets the sentence first.
        var ordered = spans.OrderBy(s => s.Position).ThenBy(s => s.Suggestion.Kind).ToList();

        var byQuote = new Dictionary<int, int>();
        var byClaim = new Dictionary<int, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].QuoteIndex is { } q)
                byQuote[q] = i;
            if (ordered[i].ClaimIndex is { } c)
                byClaim[c] = i;
        }
        var sources = analysis.Sources
            .Select(s => new SourceSuggestion(
                s.Name,
                s.Kind,
                s.Cue,
                s.Mentions,
                s.QuoteIndexes.Where(byQuote.ContainsKey).Select(q => byQuote[q])
                    .Concat(s.ClaimIndexes.Where(byClaim.ContainsKey).Select(c => byClaim[c]))
                    .Order()
                    .ToArray()))
            .ToArray();
        return new SpanSuggestions(ordered.Select(s => s.Suggestion).ToArray(), sources);
    }
}
