using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core.Articles;

/// <summary>A source the engine found, linked to suggestions by their index.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">What kind of source.</param>
/// <param name="Cue">The attribution phrase.</param>
/// <param name="Mentions">Where the article names it.</param>
/// <param name="SuggestionIndexes">Indexes into <see cref="SpanSuggestions.Spans"/>.</param>
public sealed record SourceSuggestion(
    string Name,
    SourceKind Kind,
    string? Cue,
    IReadOnlyList<TextSpan> Mentions,
    IReadOnlyList<int> SuggestionIndexes);
