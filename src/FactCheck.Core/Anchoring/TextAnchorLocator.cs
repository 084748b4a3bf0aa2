using FactCheck.Core.Articles;
using FactCheck.Core.Text;

namespace FactCheck.Core.Anchoring;

/// <summary>
/// Finds a <see cref="TextAnchor"/> in a new version of its text, the way Hypothesis anchors a text-quote
/// selector: first the expected position, then the exact text anywhere, then approximate matches of the
/// text; every candidate is scored on its text, on the <see cref="TextAnchor.ContextLength"/> characters of
/// context before and after it, and on its distance from where it was expected.
/// An instance is immutable and thread-safe.
/// </summary>
public sealed class TextAnchorLocator
{
    /// <summary>The locator with the default weights and thresholds.</summary>
    public static TextAnchorLocator Default { get; } = new();

    /// <summary>Weight of the span's own text similarity in the score (Hypothesis: 50).</summary>
    public double TextWeight { get; init; } = 50;

    /// <summary>Weight of the similarity of the context before it (Hypothesis: 20).</summary>
    public double PrefixWeight { get; init; } = 20;

    /// <summary>Weight of the similarity of the context after it (Hypothesis: 20).</summary>
    public double SuffixWeight { get; init; } = 20;

    /// <summary>Weight of closeness to the expected position, relative to the text length (Hypothesis: 2).</summary>
    public double PositionWeight { get; init; } = 2;

    /// <summary>Lowest score a candidate needs to be accepted; below it the span is orphaned.</summary>
    public double MinScore { get; init; } = 0.5;

    /// <summary>Lowest text similarity a candidate needs: with the default, at most half the characters may change.</summary>
    public double MinTextSimilarity { get; init; } = 0.5;

    /// <summary>Context similarity at which an exact occurrence is taken without looking for approximate ones.</summary>
    public double ConfidentContext { get; init; } = 0.75;

    /// <summary>
    /// Finds <paramref name="anchor"/> in <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The new text.</param>
    /// <param name="anchor">The span as it was, with its context.</param>
    /// <param name="expectedStart">
    /// Where the span should start in the new text, e.g. its old start carried through an <see cref="OffsetMap"/>;
    /// its old start when null.
    /// </param>
    /// <param name="isTaken">Ranges (start, end) that must not be chosen, e.g. already held by a twin span.</param>
    public AnchorMatch Locate(string text, TextAnchor anchor, int? expectedStart = null, Func<int, int, bool>? isTaken = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(anchor);
        var exact = anchor.Exact;
        var expected = Math.Clamp(expectedStart ?? anchor.Start, 0, text.Length);
        bool Free(int start, int end) => isTaken is null || !isTaken(start, end);

        if (exact.Length == 0)
            return Found(text, anchor, expected, expected, AnchorMethod.Position, 1, 1);

        // (a) The expected position still holds the same text.
        if (expected + exact.Length <= text.Length && text.AsSpan(expected, exact.Length).SequenceEqual(exact) && Free(expected, expected + exact.Length))
            return Found(text, anchor, expected, expected + exact.Length, AnchorMethod.Position, 1, 1);

        // (b) The exact text elsewhere: every occurrence, scored on context and closeness.
        Candidate? best = null;
        for (var at = text.IndexOf(exact, StringComparison.Ordinal); at >= 0; at = text.IndexOf(exact, at + 1, StringComparison.Ordinal))
        {
            if (Free(at, at + exact.Length))
                best = Better(best, Score(text, anchor, at, at + exact.Length, 1, expected, AnchorMethod.ExactText));
        }
        if (best is { } sure && sure.Context >= ConfidentContext)
            return Accept(text, anchor, sure);

        // (c) Approximate matches: near the expected position, then wherever pieces of the text turn up.
        if (exact.Length > MaxAlignedLength)
            return Accept(text, anchor, best, LongSpan(text, anchor, expected, Free));
        var maxErrors = (int)Math.Floor(exact.Length * (1 - MinTextSimilarity));
        var radius = maxErrors + TextAnchor.ContextLength;
        var searched = new List<(int Start, int End)>();
        best = Better(best, Fuzzy(text, anchor, expected - radius, expected + exact.Length + radius, maxErrors, expected, Free, searched));
        if (best is not { Score: >= 0.8 })
        {
            foreach (var diagonal in SeedDiagonals(text, exact))
                best = Better(best, Fuzzy(text, anchor, diagonal - radius, diagonal + exact.Length + radius, maxErrors, expected, Free, searched));
        }
        return best is { } found ? Accept(text, anchor, found) : AnchorMatch.Orphan();
    }

    /// <summary>
    /// Longest span text aligned character by character (the alignment costs its length times the window's). Longer
    /// spans — whole paragraphs a checker marked — are found by their first and last <see cref="EndPieceLength"/>
    /// characters, and their text similarity is estimated from a word diff.
    /// </summary>
    public const int MaxAlignedLength = 2000;

    /// <summary>Length of the opening and closing pieces by which a span longer than <see cref="MaxAlignedLength"/> is found.</summary>
    public const int EndPieceLength = 256;

    private Candidate? LongSpan(string text, TextAnchor anchor, int expected, Func<int, int, bool> free)
    {
        var exact = anchor.Exact;
        var context = TextAnchor.ContextLength;
        var head = new TextAnchor(anchor.Start, anchor.Start + EndPieceLength, exact[..EndPieceLength], anchor.Prefix, exact.Substring(EndPieceLength, context));
        var tail = new TextAnchor(anchor.End - EndPieceLength, anchor.End, exact[^EndPieceLength..], exact.Substring(exact.Length - EndPieceLength - context, context), anchor.Suffix);
        var first = Locate(text, head, expected);
        var last = Locate(text, tail, expected + exact.Length - EndPieceLength);
        if (first.Anchor is not { } start || last.Anchor is not { } end || end.End <= start.Start || !free(start.Start, end.End))
            return null;
        var found = text.Substring(start.Start, end.End - start.Start);
        var shared = OffsetMap.Between(exact, found).Runs.Sum(r => r.Length);
        var similarity = 2.0 * shared / (exact.Length + found.Length);
        return Score(text, anchor, start.Start, end.End, similarity, expected, AnchorMethod.Fuzzy);
    }

    private readonly record struct Candidate(int Start, int End, double TextSimilarity, double Context, double Score, AnchorMethod Method);

    private AnchorMatch Accept(string text, TextAnchor anchor, Candidate? exact, Candidate? approximate) =>
        Better(exact, approximate) is { } best ? Accept(text, anchor, best) : AnchorMatch.Orphan();

    private AnchorMatch Accept(string text, TextAnchor anchor, Candidate candidate) =>
        candidate.Score >= MinScore && candidate.TextSimilarity >= MinTextSimilarity
            ? Found(text, anchor, candidate.Start, candidate.End, candidate.Method, candidate.Score, candidate.TextSimilarity)
            : AnchorMatch.Orphan(candidate.Score);

    private static AnchorMatch Found(string text, TextAnchor anchor, int start, int end, AnchorMethod method, double score, double similarity)
    {
        var found = TextAnchor.Create(text, TextSpan.FromBounds(start, end));
        var state = found.Exact == anchor.Exact ? AnchorState.Anchored : AnchorState.Changed;
        return new AnchorMatch(state, found, method, score, similarity);
    }

    private static Candidate? Better(Candidate? current, Candidate? challenger) =>
        challenger is { } c && (current is not { } b || c.Score > b.Score) ? c : current;

    private Candidate? Fuzzy(
        string text, TextAnchor anchor, int from, int to, int maxErrors, int expected,
        Func<int, int, bool> free, List<(int Start, int End)> searched)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        if (to - from < 1 || searched.Any(s => s.Start <= from && s.End >= to))
            return null;
        searched.Add((from, to));
        if (EditDistance.BestMatch(text.AsSpan(from, to - from), anchor.Exact, maxErrors, expected - from) is not { } match)
            return null;
        var (start, end) = WholeWords(text, anchor, from + match.Start, from + match.End);
        if (!free(start, end))
            return null;
        var errors = start == from + match.Start && end == from + match.End ? match.Errors : EditDistance.Between(anchor.Exact, text.AsSpan(start, end - start));
        var similarity = 1 - (double)errors / anchor.Exact.Length;
        return Score(text, anchor, start, end, similarity, expected, AnchorMethod.Fuzzy);
    }

    private Candidate Score(string text, TextAnchor anchor, int start, int end, double textSimilarity, int expected, AnchorMethod method)
    {
        var prefix = Similarity(anchor.Prefix, text.AsSpan(Math.Max(0, start - anchor.Prefix.Length), Math.Min(start, anchor.Prefix.Length)));
        var suffix = Similarity(anchor.Suffix, text.AsSpan(end, Math.Min(text.Length - end, anchor.Suffix.Length)));
        var closeness = 1 - Math.Min(1, Math.Abs(start - expected) / (double)Math.Max(1, text.Length));
        var score = (TextWeight * textSimilarity + PrefixWeight * prefix + SuffixWeight * suffix + PositionWeight * closeness)
            / (TextWeight + PrefixWeight + SuffixWeight + PositionWeight);
        return new Candidate(start, end, textSimilarity, (prefix + suffix) / 2, score, method);
    }

    // Empty old context (a span at the very start or end) carries no information, so it neither helps nor hurts.
    private static double Similarity(string old, ReadOnlySpan<char> now) =>
        old.Length == 0 ? 1 : Math.Max(0, 1 - (double)EditDistance.Between(old, now) / old.Length);

    /// <summary>
    /// An alignment may start or end inside a word ("ded council" for "The council" in "A divided council"). When the
    /// old span began or ended at a word boundary, the new one is widened to whole words too; and a surrogate pair is
    /// never split, so offsets always fall between whole characters.
    /// </summary>
    private static (int Start, int End) WholeWords(string text, TextAnchor anchor, int start, int end)
    {
        const int maxWiden = 24;
        var exact = anchor.Exact;
        if (IsWordChar(exact[0]) && (anchor.Prefix.Length == 0 || !IsWordChar(anchor.Prefix[^1])))
        {
            var widened = start;
            while (widened > 0 && start - widened < maxWiden && IsWordChar(text[widened - 1]) && widened < text.Length && IsWordChar(text[widened]))
                widened--;
            if (widened == 0 || !IsWordChar(text[widened - 1]))
                start = widened;
        }
        if (IsWordChar(exact[^1]) && (anchor.Suffix.Length == 0 || !IsWordChar(anchor.Suffix[0])))
        {
            var widened = end;
            while (widened < text.Length && widened - end < maxWiden && IsWordChar(text[widened]) && widened > 0 && IsWordChar(text[widened - 1]))
                widened++;
            if (widened == text.Length || !IsWordChar(text[widened]))
                end = widened;
        }
        return WholeCharacters(text, start, end);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);

    // Never split a surrogate pair: UTF-16 offsets must fall between whole characters.
    private static (int Start, int End) WholeCharacters(string text, int start, int end)
    {
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
            start--;
        if (end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))
            end++;
        return (start, end);
    }

    /// <summary>
    /// Likely starts of the span far from where it was expected (a moved and edited paragraph): cut its text into
    /// pieces, find each piece exactly, and let the pieces vote for the start they imply.
    /// </summary>
    private static IEnumerable<int> SeedDiagonals(string text, string exact)
    {
        const int maxPieces = 12, maxHitsPerPiece = 32, bucket = 64;
        var length = Math.Clamp(exact.Length / 8, 8, 32);
        if (exact.Length < 2 * length)
            return [];
        var votes = new Dictionary<int, (int Votes, int Diagonal)>();
        var step = Math.Max(length, exact.Length / maxPieces);
        for (var offset = 0; offset + length <= exact.Length; offset += step)
        {
            var piece = exact.AsSpan(offset, length);
            var hits = new List<int>();
            for (var at = text.AsSpan().IndexOf(piece, StringComparison.Ordinal); at >= 0 && hits.Count <= maxHitsPerPiece;)
            {
                hits.Add(at);
                var next = text.AsSpan(at + 1).IndexOf(piece, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }
            if (hits.Count > maxHitsPerPiece)
                continue; // A piece found everywhere says nothing about where the span is.
            foreach (var diagonal in hits.Select(h => h - offset).Distinct())
            {
                var key = diagonal / bucket;
                votes[key] = votes.TryGetValue(key, out var v) ? (v.Votes + 1, v.Diagonal) : (1, diagonal);
            }
        }
        return votes.Values.OrderByDescending(v => v.Votes).Take(3).Select(v => v.Diagonal).ToArray();
    }
}
