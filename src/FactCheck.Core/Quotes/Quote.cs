using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// <summary>A run of text in quotation marks.</summary>
/// <param name="Span">The text inside the marks, without the marks and surrounding whitespace.</param>
/// <param name="Kind">Statement or term.</param>
/// <param name="Speaker">Who said it; null for terms and for statements with no attribution found.</param>
/// <param name="Group">Parts of one statement interrupted by its attribution share a group number.</param>
public sealed record Quote(TextSpan Span, QuoteKind Kind, Speaker? Speaker, int Group);
