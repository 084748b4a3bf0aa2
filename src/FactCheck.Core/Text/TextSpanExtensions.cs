namespace FactCheck.Core.Text;

/// <summary>Slicing helpers that keep callers from re-deriving substrings by hand.</summary>
public static class TextSpanExtensions
{
    /// <summary>The text the span covers.</summary>
    public static string Slice(this string text, TextSpan span) => text.Substring(span.Start, span.Length);

    /// <summary>The span's text as a span of characters, without allocating.</summary>
    public static ReadOnlySpan<char> AsSpan(this string text, TextSpan span) => text.AsSpan(span.Start, span.Length);
}
