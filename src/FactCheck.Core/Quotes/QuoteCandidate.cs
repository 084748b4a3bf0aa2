using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// A run of text between quotation marks, before it is classified and attributed.
/// <param name="Inner">The text inside the marks, trimmed.</param>
/// <param name="Open">Index of the opening mark.</param>
/// <param name="Close">Index of the closing mark, or -1 when the quote runs to the end of its paragraph.</param>
/// <param name="Paragraph">Index of the paragraph that holds it.</param>
/// <param name="IsSingle">True for a top-level quote in single marks (‘…’).</param>
internal readonly record struct QuoteCandidate(TextSpan Inner, int Open, int Close, int Paragraph, bool IsSingle)
{
    public bool RunsToParagraphEnd => Close < 0;

    /// Index one past the closing mark, or the end of the inner text for an unclosed quote.
    public int OuterEnd => Close < 0 ? Inner.End : Close + 1;
}
