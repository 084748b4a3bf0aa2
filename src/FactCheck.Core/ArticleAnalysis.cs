using FactCheck.Core.Claims;
using FactCheck.Core.Quotes;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core;

/// <summary>Everything the engine found in one text. All spans are UTF-16 offsets into <see cref="Text"/>.</summary>
/// <param name="Text">The analysed text, unchanged.</param>
/// <param name="Paragraphs">Non-empty paragraphs, in order.</param>
/// <param name="Sentences">Sentences, in order.</param>
/// <param name="Quotes">Quotes in order of position, statements and terms.</param>
/// <param name="Claims">One entry per sentence or clause, in order, scored for check-worthiness.</param>
/// <param name="Sources">Sources the article attributes information to, in order of first mention.</param>
public sealed record ArticleAnalysis(
    string Text,
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<CitedSource> Sources);
