namespace FactCheck.Storage.Exports;

/// Converts UTF-16 offsets in one text to Unicode code point offsets: each surrogate pair before an
/// offset counts once. Texts without astral characters (emoji, rare CJK) map one to one.
internal sealed class CodePointOffsets
{
    // Offsets of the low halves of surrogate pairs, ascending.
    private readonly int[] _lowSurrogates;

    public CodePointOffsets(string text)
    {
        var lows = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
                lows.Add(i);
        }
        _lowSurrogates = [.. lows];
    }

    public int ToCodePoints(int utf16Offset)
    {
        if (_lowSurrogates.Length == 0)
            return utf16Offset;
        var index = Array.BinarySearch(_lowSurrogates, utf16Offset);
        var before = index >= 0 ? index : ~index;
        return utf16Offset - before;
    }

    /// <paramref name="context"/> without a half surrogate pair cut off at either end.
    public static string WholeCharacters(string context)
    {
        var start = context.Length > 0 && char.IsLowSurrogate(context[0]) ? 1 : 0;
        var end = context.Length > start && char.IsHighSurrogate(context[^1]) ? context.Length - 1 : context.Length;
        return context[start..end];
    }
}
