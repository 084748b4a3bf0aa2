using FactCheck.Core.Text;

namespace FactCheck.Core.Articles;

/// <summary>
/// Where a span sits in an article, with enough of the surrounding text to find it again
/// if the article changes: the exact text plus some text before and after it.
/// </summary>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="End">Offset one past the last code unit.</param>
/// <param name="Exact">The span's text.</param>
/// <param name="Prefix">Up to <see cref="ContextLength"/> characters before it.</param>
/// <param name="Suffix">Up to <see cref="ContextLength"/> characters after it.</param>
public sealed record TextAnchor(int Start, int End, string Exact, string Prefix, string Suffix)
{
    /// <summary>How many characters of context are kept on each side.</summary>
    public const int ContextLength = 32;

    /// <summary>The span as a <see cref="TextSpan"/>.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>Anchors <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static TextAnchor Create(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span.End > text.Length)
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} lies outside a text of length {text.Length}.");
        var prefixStart = Math.Max(0, span.Start - ContextLength);
        var suffixEnd = Math.Min(text.Length, span.End + ContextLength);
        // Never cut a surrogate pair in half: a lone surrogate is not valid text and cannot be stored as UTF-8.
        if (prefixStart > 0 && char.IsLowSurrogate(text[prefixStart]))
            prefixStart++;
        if (suffixEnd < text.Length && char.IsHighSurrogate(text[suffixEnd - 1]))
            suffixEnd--;
        return new TextAnchor(
            span.Start,
            span.End,
            text.Slice(span),
            text[prefixStart..span.Start],
            text[span.End..suffixEnd]);
    }
}
