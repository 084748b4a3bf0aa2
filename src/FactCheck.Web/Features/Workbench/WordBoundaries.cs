namespace FactCheck.Web.Features.Workbench;

/// Word steps for nudging a span's start or end with the keyboard or the arrow buttons.
public static class WordBoundaries
{
    /// The start of the word before <paramref name="position"/>.
    public static int Previous(string text, int position)
    {
        var i = Math.Clamp(position, 0, text.Length);
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            i--;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            i--;
        return i;
    }

    /// The end of the word after <paramref name="position"/>.
    public static int Next(string text, int position)
    {
        var i = Math.Clamp(position, 0, text.Length);
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }
}
