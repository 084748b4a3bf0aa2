namespace FactCheck.Core.Anchoring;

/// <summary>Levenshtein distances: between two short strings, and of a pattern against the best stretch of a text.</summary>
internal static class EditDistance
{
    /// <summary>A stretch of text that matches a pattern with <paramref name="Errors"/> edits.</summary>
    internal readonly record struct Match(int Start, int End, int Errors);

    /// <summary>Insertions, deletions and substitutions that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
            return a.Length + b.Length;
        Span<int> row = b.Length <= 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(above + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>
    /// The stretch of <paramref name="text"/> closest to <paramref name="pattern"/> (Sellers' semi-global alignment:
    /// the whole pattern against any substring), with at most <paramref name="maxErrors"/> edits; among equally good
    /// stretches, the one starting nearest <paramref name="expectedStart"/>. Offsets are relative to <paramref name="text"/>.
    /// Time is proportional to the text length times the pattern length, so callers pass a window, not a whole article.
    /// </summary>
    public static Match? BestMatch(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, int maxErrors, int expectedStart)
    {
        var m = pattern.Length;
        if (m == 0)
            return null;
        var cost = new int[m + 1];
        var start = new int[m + 1];
        for (var i = 0; i <= m; i++)
            cost[i] = i;
        Match? best = null;
        for (var j = 1; j <= text.Length; j++)
        {
            var t = text[j - 1];
            int diagonalCost = cost[0], diagonalStart = start[0];
            cost[0] = 0;
            start[0] = j;
            for (var i = 1; i <= m; i++)
            {
                int leftCost = cost[i], leftStart = start[i];
                var c = diagonalCost + (pattern[i - 1] == t ? 0 : 1);
                var s = diagonalStart;
                // Among equally cheap alignments keep the one starting nearest the expected start.
                if (leftCost + 1 < c || (leftCost + 1 == c && Math.Abs(leftStart - expectedStart) < Math.Abs(s - expectedStart)))
                {
                    c = leftCost + 1;
                    s = leftStart;
                }
                if (cost[i - 1] + 1 < c || (cost[i - 1] + 1 == c && Math.Abs(start[i - 1] - expectedStart) < Math.Abs(s - expectedStart)))
                {
                    c = cost[i - 1] + 1;
                    s = start[i - 1];
                }
                diagonalCost = leftCost;
                diagonalStart = leftStart;
                cost[i] = c;
                start[i] = s;
            }
            if (cost[m] > maxErrors || start[m] == j)
                continue;
            if (best is not { } b || cost[m] < b.Errors || (cost[m] == b.Errors && Math.Abs(start[m] - expectedStart) < Math.Abs(b.Start - expectedStart)))
                best = new Match(start[m], j, cost[m]);
        }
        return best;
    }
}
