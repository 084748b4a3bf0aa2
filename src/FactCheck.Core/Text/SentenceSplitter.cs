using System.Buffers;
using FactCheck.Core.Quotes;

namespace FactCheck.Core.Text;

/// <summary>
/// Splits a paragraph into sentences with one forward scan: a period, question mark, exclamation mark or ellipsis,
/// with any closing quotes and brackets after it, ends a sentence when white space and a plausible sentence start follow.
/// Abbreviations, initials, decimals, URLs, list markers and attributions after a quoted question do not end one.
/// A dateline at the start of a paragraph ("WASHINGTON —") is not part of any sentence.
/// </summary>
internal sealed class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".?!\u2026");

    public static SentenceSplitter Instance { get; } = new();

    public void Split(string text, TextSpan paragraph, List<TextSpan> into)
    {
        var p = text.AsSpan(paragraph.Start, paragraph.Length);
        var offset = paragraph.Start;
        var n = p.Length;
        var start = SkipDateline(p);
        var i = start;
        while (i < n)
        {
            var rel = p[i..].IndexOfAny(Terminators);
            if (rel < 0)
                break;
            var t = i + rel;
            var j = t + 1;
            while (j < n && CharKinds.IsTerminator(p[j]))
                j++;
            var k = j;
            while (k < n && CharKinds.IsCloser(p[k]))
                k++;
            if (k < n && !CharKinds.IsSpace(p[k]))
            {
                i = j;
                continue;
            }
            var m = k;
            while (m < n && CharKinds.IsSpace(p[m]))
                m++;
            // « … accord. » — a closing guillemet or curly quote set off by a space still ends this sentence
            if (m < n && p[m] is '\u00BB' or '\u201D' && (m + 1 >= n || CharKinds.IsSpace(p[m + 1])))
            {
                k = m + 1;
                m = k;
                while (m < n && CharKinds.IsSpace(p[m]))
                    m++;
            }
            if (m >= n)
                break;
            if (!EndsSentence(p, start, t, j, k, m))
            {
                i = j;
                continue;
            }
            Add(p, offset, start, k, into);
            start = m;
            i = m;
        }
        Add(p, offset, start, n, into);
    }

    private static bool EndsSentence(ReadOnlySpan<char> p, int start, int t, int j, int k, int m)
    {
        var next = p[m];
        if (char.IsLower(next))
            return false;
        if (k > j && p[t] is '?' or '!' && HasQuoteMark(p[j..k]) && IsAttributionAfterQuote(p, m))
            return false;
        if (p[t] != '.' || j - t > 1)
            return true; // ? ! … and runs such as ?! or ...

        var ws = t;
        while (ws > start && (char.IsLetterOrDigit(p[ws - 1]) || p[ws - 1] == '.'))
            ws--;
        var word = p[ws..t];
        if (word.IsEmpty)
            return true;
        if (IsListMarker(p, start, ws, word))
            return false;
        var nextWord = WordAt(p, m);
        return Abbreviations.Classify(word) switch
        {
            AbbreviationKind.Title => false,
            AbbreviationKind.BeforeNumber => !char.IsDigit(next),
            AbbreviationKind.Month => !char.IsDigit(next) && OpensSentence(next, nextWord),
            AbbreviationKind.MayEnd => OpensSentence(next, nextWord),
            _ => true,
        };
    }

    private static bool OpensSentence(char next, ReadOnlySpan<char> nextWord) =>
        CharKinds.IsOpener(next) || Abbreviations.IsSentenceOpener(nextWord);

    /// "1." or "12." alone at the start of a paragraph numbers a list item.
    private static bool IsListMarker(ReadOnlySpan<char> p, int start, int ws, ReadOnlySpan<char> word)
    {
        if (word.Length > 3 || !char.IsDigit(word[0]) || word.ContainsAnyExceptInRange('0', '9'))
            return false;
        for (var x = start; x < ws; x++)
        {
            if (!CharKinds.IsSpace(p[x]) && p[x] is not ('-' or '*' or '\u2022'))
                return false;
        }
        return true;
    }

    private static bool HasQuoteMark(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (CharKinds.IsQuoteMark(c))
                return true;
        }
        return false;
    }

    /// After a quoted question or exclamation, "Trump asked." or "Jane Doe said" continues the sentence.
    private static bool IsAttributionAfterQuote(ReadOnlySpan<char> p, int m)
    {
        var pos = m;
        for (var w = 0; w < 5 && pos < p.Length; w++)
        {
            var word = WordAt(p, pos);
            if (word.IsEmpty)
                return false;
            if (w > 0 && SpeechVerbs.IsCue(word))
                return true;
            if (!char.IsUpper(word[0]) || (word.Length > 2 && CharKinds.IsApostrophe(word[^2]) && word[^1] == 's'))
                return false;
            pos += word.Length;
            while (pos < p.Length && (p[pos] == '.' || CharKinds.IsSpace(p[pos])))
                pos++;
        }
        return false;
    }

    internal static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> p, int pos)
    {
        var e = pos;
        while (e < p.Length && (char.IsLetterOrDigit(p[e]) || (e > pos && CharKinds.IsApostrophe(p[e]) && e + 1 < p.Length && char.IsLetter(p[e + 1]))))
            e++;
        return p[pos..e];
    }

    /// Length of a leading dateline ("WASHINGTON —", "MEXICO CITY (Reuters) -"), including the dash and the space after it; 0 if none.
    private static int SkipDateline(ReadOnlySpan<char> p)
    {
        var limit = Math.Min(p.Length, 80);
        var caps = 0;
        var i = 0;
        var mixedAllowed = false;
        for (; i < limit; i++)
        {
            var c = p[i];
            if (CharKinds.IsDash(c) || (c == '-' && i + 1 < limit && p[i + 1] == '-'))
                break;
            if (c is ',' or '(')
                mixedAllowed = true;
            else if (c is '?' or '!' or '"' or '\u201C' or ':' or ';')
                return 0;
            else if (char.IsLower(c) && !mixedAllowed)
                return 0;
            else if (char.IsUpper(c) && !mixedAllowed)
                caps++;
        }
        if (i >= limit || caps < 2 || i == 0 || !CharKinds.IsSpace(p[i - 1]))
            return 0;
        var e = i;
        while (e < p.Length && CharKinds.IsDash(p[e]))
            e++;
        if (e >= p.Length || !CharKinds.IsSpace(p[e]))
            return 0;
        while (e < p.Length && CharKinds.IsSpace(p[e]))
            e++;
        return e;
    }

    private static void Add(ReadOnlySpan<char> p, int offset, int start, int end, List<TextSpan> into)
    {
        var span = ParagraphSplitter.Trim(p, start, end);
        if (!span.IsEmpty)
            into.Add(new TextSpan(offset + span.Start, span.Length));
    }
}
