namespace FactCheck.Core.Text;

/// Splits a text into paragraphs: every non-blank line is a paragraph, trimmed of surrounding white space.
internal sealed class ParagraphSplitter
{
    public static ParagraphSplitter Instance { get; } = new();

    public List<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length)
        {
            var rel = span[start..].IndexOfAny('\n', '\r', '\u2029');
            var end = rel < 0 ? span.Length : start + rel;
            var trimmed = Trim(span, start, end);
            if (!trimmed.IsEmpty)
                result.Add(trimmed);
            start = end + 1;
        }
        return result;
    }

    internal static TextSpan Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && CharKinds.IsSpace(text[start]))
            start++;
        while (end > start && CharKinds.IsSpace(text[end - 1]))
            end--;
        return new TextSpan(start, end - start);
    }
}
