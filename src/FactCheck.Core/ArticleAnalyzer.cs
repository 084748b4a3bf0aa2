using FactCheck.Core.Claims;
using FactCheck.Core.Quotes;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core;

/// <summary>
/// Finds paragraphs, sentences, quotes, claims and cited sources in plain text.
/// An instance is immutable and thread-safe; reuse it for many texts.
/// </summary>
public sealed class ArticleAnalyzer
{
    /// <summary>The analyzer with the default pipeline.</summary>
    public static ArticleAnalyzer Default { get; } = new();

    /// <summary>Analyzes <paramref name="text"/>; offsets in the result are UTF-16 indices into it.</summary>
    public ArticleAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = SplitParagraphs(text);
        var sentences = new List<TextSpan>();
        foreach (var paragraph in paragraphs)
            SplitSentences(text, paragraph, sentences);
        var quotes = new List<Quote>();
        foreach (var paragraph in paragraphs)
            FindQuotes(text, paragraph, quotes);
        var claims = sentences.SelectMany(s => ClaimDetector.Default.Detect(text, s)).ToArray();
        return new ArticleAnalysis(text, paragraphs, sentences, quotes, claims, Array.Empty<CitedSource>());
    }

    private static List<TextSpan> SplitParagraphs(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            var span = Trim(text, TextSpan.FromBounds(start, end));
            if (!span.IsEmpty)
                result.Add(span);
            start = end + 1;
        }
        return result;
    }

    private static void SplitSentences(string text, TextSpan paragraph, List<TextSpan> sentences)
    {
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (text[i] is not ('.' or '?' or '!'))
                continue;
            var end = i + 1;
            while (end < paragraph.End && text[end] is '"' or '\u201D' or ')')
                end++;
            if (end < paragraph.End && !char.IsWhiteSpace(text[end]))
                continue;
            var next = end;
            while (next < paragraph.End && char.IsWhiteSpace(text[next]))
                next++;
            if (next < paragraph.End && char.IsLower(text[next]))
                continue;
            AddTrimmed(text, TextSpan.FromBounds(start, end), sentences);
            start = end;
            i = end - 1;
        }
        AddTrimmed(text, TextSpan.FromBounds(start, paragraph.End), sentences);
    }

    private static void FindQuotes(string text, TextSpan paragraph, List<Quote> quotes)
    {
        var open = -1;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (open < 0 && c is '"' or '\u201C')
            {
                open = i;
            }
            else if (open >= 0 && c is '"' or '\u201D')
            {
                var inner = Trim(text, TextSpan.FromBounds(open + 1, i));
                if (!inner.IsEmpty)
                    quotes.Add(new Quote(inner, QuoteKind.Statement, null, quotes.Count));
                open = -1;
            }
        }
    }

    private static void AddTrimmed(string text, TextSpan span, List<TextSpan> into)
    {
        var trimmed = Trim(text, span);
        if (!trimmed.IsEmpty)
            into.Add(trimmed);
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return TextSpan.FromBounds(start, end);
    }
}
