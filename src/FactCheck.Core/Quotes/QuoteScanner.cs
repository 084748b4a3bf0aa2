using System.Buffers;
using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// <summary>
/// Pairs quotation marks paragraph by paragraph in one forward pass. Whether a mark opens or closes is read from
/// what stands on either side of it (as Markdown's smart punctuation does), so curly and straight marks that are
/// mixed or misused still pair; the glyph only breaks ties. Marks nested inside a quote do not end it. A quote still
/// open at the end of its paragraph runs to that end. Curly single quotes are quotes only at the top level and only
/// when they cannot be apostrophes (don’t, Mexico’s, ’90s, rock ’n’ roll).
/// </summary>
internal sealed class QuoteScanner
{
    private static readonly SearchValues<char> DoubleMarks = SearchValues.Create("\"\u201C\u201D\u201E\u201F\u00AB\u00BB");

    public static QuoteScanner Instance { get; } = new();

    public List<QuoteCandidate> Scan(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var result = new List<QuoteCandidate>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var first = result.Count;
            ScanDoubles(text, paragraphs[p], p, result);
            ScanSingles(text, paragraphs[p], p, result, first);
        }
        return result;
    }

    private static void ScanDoubles(string text, TextSpan paragraph, int index, List<QuoteCandidate> into)
    {
        var span = text.AsSpan(paragraph.Start, paragraph.Length);
        var open = -1;
        var openGlyph = '\0';
        var pos = 0;
        while (pos < span.Length)
        {
            var rel = span[pos..].IndexOfAny(DoubleMarks);
            if (rel < 0)
                break;
            var q = pos + rel;
            pos = q + 1;
            var c = span[q];
            var flank = Flanking(span, q);
            if (open < 0)
            {
                if (CanOpen(c, flank))
                {
                    open = q;
                    openGlyph = c;
                }
                continue;
            }
            if (CanClose(c, flank, openGlyph) || IsAttachedCloser(span, q, c))
            {
                Emit(span, paragraph.Start, index, open, q, into);
                open = -1;
            }
            else
            {
                // A second opener inside a quote: the first was left unclosed. End it here and start again.
                Emit(span, paragraph.Start, index, open, q, into, unclosed: true);
                open = q;
                openGlyph = c;
            }
        }
        if (open >= 0)
            Emit(span, paragraph.Start, index, open, span.Length, into, unclosed: true);
    }

    private static bool CanOpen(char c, Flank flank) => c switch
    {
        '\u00AB' => true,
        '\u00BB' => false,
        '\u201D' => flank == Flank.Left,
        '"' => flank != Flank.Right,
        _ => flank != Flank.Right,
    };

    private static bool CanClose(char c, Flank flank, char openGlyph)
    {
        if (openGlyph == '\u201E' && c is '\u201C' or '\u201D' or '"')
            return flank != Flank.Left;
        return c switch
        {
            '\u00BB' => true,
            '\u00AB' => false,
            '\u201C' or '\u201E' or '\u201F' => flank == Flank.Right,
            _ => flank != Flank.Left,
        };
    }

    /// ”Clinton said or ."Clinton said: a closing mark with no space after it still closes an open quote.
    private static bool IsAttachedCloser(ReadOnlySpan<char> span, int q, char c) =>
        c is '\u201D' or '"' && q > 0 && !CharKinds.IsSpace(span[q - 1]) && span[q - 1] is not ('(' or '[' or '\u2014' or '\u2013');

    private static void Emit(ReadOnlySpan<char> span, int offset, int paragraph, int open, int close, List<QuoteCandidate> into, bool unclosed = false)
    {
        var inner = ParagraphSplitter.Trim(span, open + 1, close);
        if (inner.IsEmpty || !ContainsWordChar(span.Slice(inner.Start, inner.Length)))
            return;
        into.Add(new QuoteCandidate(
            new TextSpan(offset + inner.Start, inner.Length),
            offset + open,
            unclosed ? -1 : offset + close,
            paragraph,
            IsSingle: false));
    }

    private static bool ContainsWordChar(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
                return true;
        }
        return false;
    }

    private static void ScanSingles(string text, TextSpan paragraph, int index, List<QuoteCandidate> into, int firstDouble)
    {
        var span = text.AsSpan(paragraph.Start, paragraph.Length);
        if (span.IndexOf('\u2018') < 0)
            return;
        // Top-level single quotes live in the gaps between double quotes.
        var gapStart = 0;
        var doubles = into.Count;
        for (var d = firstDouble; d <= doubles; d++)
        {
            int gapEnd;
            int next;
            if (d < doubles)
            {
                gapEnd = into[d].Open - paragraph.Start;
                next = into[d].Close < 0 ? span.Length : into[d].Close - paragraph.Start + 1;
            }
            else
            {
                gapEnd = span.Length;
                next = span.Length;
            }
            if (gapEnd > gapStart)
                ScanSinglesInGap(span, gapStart, gapEnd, paragraph.Start, index, into);
            gapStart = Math.Max(gapStart, next);
        }
        if (into.Count > doubles)
            into.Sort(firstDouble, into.Count - firstDouble, Comparer<QuoteCandidate>.Create((a, b) => a.Open.CompareTo(b.Open)));
    }

    private static void ScanSinglesInGap(ReadOnlySpan<char> span, int start, int end, int offset, int paragraph, List<QuoteCandidate> into)
    {
        var pos = start;
        while (pos < end)
        {
            var rel = span[pos..end].IndexOf('\u2018');
            if (rel < 0)
                return;
            var q = pos + rel;
            pos = q + 1;
            if (Flanking(span, q) is not (Flank.Left or Flank.Both) || IsElision(span, q))
                continue;
            var close = FindSingleCloser(span, q + 1, end);
            if (close < 0)
                return; // no closer after this one means none after any later one either
            var inner = ParagraphSplitter.Trim(span, q + 1, close);
            if (!inner.IsEmpty && ContainsWordChar(span.Slice(inner.Start, inner.Length)))
                into.Add(new QuoteCandidate(new TextSpan(offset + inner.Start, inner.Length), offset + q, offset + close, paragraph, IsSingle: true));
            pos = close + 1;
        }
    }

    /// ‘90s, ‘em, ‘til, ‘cause: a left single mark that stands for missing letters.
    private static bool IsElision(ReadOnlySpan<char> span, int q)
    {
        var rest = span[(q + 1)..];
        if (rest.Length >= 2 && char.IsDigit(rest[0]) && char.IsDigit(rest[1]))
            return true;
        return StartsWithWord(rest, "em") || StartsWithWord(rest, "til") || StartsWithWord(rest, "cause") ||
               StartsWithWord(rest, "n") || StartsWithWord(rest, "tis") || StartsWithWord(rest, "twas");
    }

    private static bool StartsWithWord(ReadOnlySpan<char> s, string word) =>
        s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (s.Length == word.Length || !char.IsLetter(s[word.Length]));

    private static int FindSingleCloser(ReadOnlySpan<char> span, int from, int end)
    {
        var first = -1;
        for (var i = from; i < end; i++)
        {
            var c = span[i];
            if (c is not ('\u2019' or '\''))
                continue;
            if (Flanking(span, i) is not (Flank.Right or Flank.Both))
                continue;
            if (i >= 2 && span[i - 1] == 'n' && span[i - 2] is '\u2019' or '\'')
                continue; // rock ’n’ roll
            var next = i + 1 < span.Length ? span[i + 1] : '\0';
            var plainEnd = next == '\0' || !CharKinds.IsSpace(next) || i + 1 >= end;
            if (span[i - 1] is 's' or 'S' && !plainEnd)
            {
                // students’ union: possibly a plural possessive; keep looking for a closer before punctuation.
                if (first < 0)
                    first = i;
                continue;
            }
            return i;
        }
        return first;
    }

    private enum Flank
    {
        Neither,
        Left,
        Right,
        Both,
    }

    /// Left-flanking marks can open (a word follows, space or punctuation precedes); right-flanking ones can close.
    private static Flank Flanking(ReadOnlySpan<char> span, int q)
    {
        var prev = q > 0 ? span[q - 1] : '\0';
        var next = q + 1 < span.Length ? span[q + 1] : '\0';
        var left = next != '\0' && !CharKinds.IsSpace(next) && (prev == '\0' || CharKinds.IsSpace(prev) || IsOpeningContext(prev));
        var right = prev != '\0' && !CharKinds.IsSpace(prev) && (next == '\0' || CharKinds.IsSpace(next) || IsClosingContext(next));
        return left ? (right ? Flank.Both : Flank.Left) : (right ? Flank.Right : Flank.Neither);
    }

    private static bool IsOpeningContext(char c) =>
        c is '(' or '[' or '{' or '/' or ':' or ',' or ';' || CharKinds.IsDash(c) || CharKinds.IsQuoteMark(c);

    private static bool IsClosingContext(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2026' or '/' || CharKinds.IsDash(c) || CharKinds.IsQuoteMark(c);
}
