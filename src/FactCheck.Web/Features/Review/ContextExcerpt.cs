namespace FactCheck.Web.Features.Review;

/// A claim in its article context: the text around it, cut at word boundaries.
public sealed record ContextExcerpt(string Before, string Exact, string After, bool CutBefore, bool CutAfter)
{
    public const int DefaultRadius = 420;

    /// The span [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> with up to
    /// <paramref name="radius"/> characters either side, starting at a paragraph or word boundary.
    public static ContextExcerpt Around(string text, int start, int end, int radius = DefaultRadius)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = Math.Max(0, start - radius);
        var to = Math.Min(text.Length, end + radius);
        if (from > 0)
        {
            var paragraph = text.IndexOf('\n', from, start - from);
            from = paragraph >= 0 ? paragraph + 1 : NextWordStart(text, from, start);
        }
        if (to < text.Length)
        {
            var paragraph = text.LastIndexOf('\n', to - 1, to - end);
            to = paragraph >= end ? paragraph : PreviousWordEnd(text, to, end);
        }
        return new ContextExcerpt(text[from..start].TrimStart(), text[start..end], text[end..to].TrimEnd(), from > 0, to < text.Length);
    }

    private static int NextWordStart(string text, int from, int limit)
    {
        var space = text.IndexOf(' ', from, limit - from);
        return space >= 0 ? space + 1 : from;
    }

    private static int PreviousWordEnd(string text, int to, int limit)
    {
        var space = text.LastIndexOf(' ', to - 1, to - limit);
        return space >= limit ? space : to;
    }
}
