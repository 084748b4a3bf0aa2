namespace FactCheck.Core.Anchoring;

/// <summary>Cuts text into the units the diff compares: whole lines, or words, spaces and single marks.</summary>
internal static class Tokenizer
{
    /// <summary>A half-open range of UTF-16 code units.</summary>
    internal readonly record struct Range(int Start, int End);

    /// <summary>Every line with its line break, so the ranges cover the text without gaps.</summary>
    public static List<Range> Lines(string text)
    {
        var lines = new List<Range>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(new Range(start, end));
            start = end;
        }
        return lines;
    }

    /// <summary>Runs of letters and digits, runs of white space, and every other character alone, inside <paramref name="region"/>.</summary>
    public static List<Range> Words(string text, Range region)
    {
        var words = new List<Range>();
        var i = region.Start;
        while (i < region.End)
        {
            var start = i;
            var kind = KindOf(text, i);
            i += Width(text, i);
            if (kind != CharKind.Other)
            {
                while (i < region.End && KindOf(text, i) == kind)
                    i += Width(text, i);
            }
            words.Add(new Range(start, Math.Min(i, region.End)));
        }
        return words;
    }

    private enum CharKind { Word, Space, Other }

    private static CharKind KindOf(string text, int i) =>
        char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i]) ? CharKind.Word
        : char.IsWhiteSpace(text[i]) ? CharKind.Space
        : CharKind.Other;

    private static int Width(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}
