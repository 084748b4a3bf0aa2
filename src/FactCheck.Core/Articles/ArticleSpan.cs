using FactCheck.Core.Claims;
using FactCheck.Core.Quotes;

namespace FactCheck.Core.Articles;

/// <summary>A claim or quote stored for an article.</summary>
/// <param name="Id">Store-assigned id.</param>
/// <param name="ArticleId">The article it belongs to.</param>
/// <param name="Kind">Claim or quote.</param>
/// <param name="Anchor">Where it is, with its text and context.</param>
/// <param name="Origin">Engine suggestion or marked by a checker.</param>
/// <param name="Score">Check-worthiness, for claims the engine scored.</param>
/// <param name="Reasons">Why the engine scored it so.</param>
/// <param name="Speaker">Who said it, for quotes.</param>
/// <param name="QuoteGroup">Parts of one interrupted quote share a group.</param>
/// <param name="Status">Suggested, accepted or rejected.</param>
/// <param name="DismissReason">Why it was rejected ("not check-worthy", "opinion", "duplicate").</param>
/// <param name="Anchoring">Whether it was found again after the article last changed.</param>
/// <param name="PreviousExact">Its text before the latest revision changed it, when <paramref name="Anchoring"/> is Changed.</param>
public sealed record ArticleSpan(
    int Id,
    int ArticleId,
    SpanKind Kind,
    TextAnchor Anchor,
    SpanOrigin Origin,
    double? Score,
    IReadOnlyList<ClaimReason> Reasons,
    Speaker? Speaker,
    int? QuoteGroup,
    SpanStatus Status = SpanStatus.Suggested,
    string? DismissReason = null,
    AnchorState Anchoring = AnchorState.Anchored,
    string? PreviousExact = null);
