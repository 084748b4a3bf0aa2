using FactCheck.Core.Text;

namespace FactCheck.Core.Sources;

/// <summary>An outlet, organisation, document or person the article attributes information to.</summary>
/// <param name="Name">Canonical name ("The Wall Street Journal").</param>
/// <param name="Kind">What kind of source it is.</param>
/// <param name="Mentions">Where the article names it.</param>
/// <param name="Cue">The phrase that marks the attribution ("first detailed in", "reported").</param>
/// <param name="QuoteIndexes">Indexes into <see cref="ArticleAnalysis.Quotes"/> of the quotes that rely on it.</param>
/// <param name="ClaimIndexes">Indexes into <see cref="ArticleAnalysis.Claims"/> of the claims that rely on it.</param>
public sealed record CitedSource(
    string Name,
    SourceKind Kind,
    IReadOnlyList<TextSpan> Mentions,
    string? Cue,
    IReadOnlyList<int> QuoteIndexes,
    IReadOnlyList<int> ClaimIndexes);
