using FactCheck.Core.Claims;
using FactCheck.Core.Quotes;

namespace FactCheck.Core.Articles;

/// <summary>A span the engine proposes for a new article, before it has an id.</summary>
/// <param name="Kind">Claim or quote.</param>
/// <param name="Anchor">Where it is.</param>
/// <param name="Score">Check-worthiness, for claims.</param>
/// <param name="Reasons">Why it was scored so.</param>
/// <param name="Speaker">Who said it, for quotes.</param>
/// <param name="QuoteGroup">Parts of one interrupted quote share a group.</param>
public sealed record SpanSuggestion(
    SpanKind Kind,
    TextAnchor Anchor,
    double? Score,
    IReadOnlyList<ClaimReason> Reasons,
    Speaker? Speaker,
    int? QuoteGroup);
