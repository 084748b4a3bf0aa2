using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core.Articles;

/// <summary>A source a stored article leans on, with the stored spans that rely on it.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">What kind of source it is.</param>
/// <param name="Cue">The attribution phrase ("first detailed in").</param>
/// <param name="Mentions">Where the article names it.</param>
/// <param name="SpanIds">Ids of the spans that rely on it.</param>
public sealed record ArticleSource(
    string Name,
    SourceKind Kind,
    string? Cue,
    IReadOnlyList<TextSpan> Mentions,
    IReadOnlyList<int> SpanIds);
