namespace FactCheck.Core.Anchoring;

/// <summary>
/// Myers' O(ND) greedy diff over sequences of token ids, returning the runs the two sequences share.
/// It keeps one copy of the frontier per edit step to walk back, so the number of edits is capped.
/// </summary>
internal static class MyersDiff
{
    /// <summary>A run of equal items: <paramref name="A"/> and <paramref name="B"/> are start indexes.</summary>
    internal readonly record struct Run(int A, int B, int Length);

    /// <summary>
    /// The shared runs of <paramref name="a"/> and <paramref name="b"/> in order, or null when they differ by
    /// more than <paramref name="maxEdits"/> insertions and deletions.
    /// </summary>
    public static List<Run>? Runs(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int maxEdits)
    {
        var runs = new List<Run>();
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
            suffix++;
        if (prefix > 0)
            runs.Add(new Run(0, 0, prefix));
        var middle = Middle(a[prefix..^suffix], b[prefix..^suffix], maxEdits);
        if (middle is null)
            return null;
        foreach (var run in middle)
            runs.Add(run with { A = run.A + prefix, B = run.B + prefix });
        if (suffix > 0)
            runs.Add(new Run(a.Length - suffix, b.Length - suffix, suffix));
        return runs;
    }

    private static List<Run>? Middle(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int maxEdits)
    {
        int n = a.Length, m = b.Length;
        if (n == 0 || m == 0)
            return [];
        var limit = Math.Min(n + m, maxEdits);
        // v[k + offset] is the furthest x reached on diagonal k = x - y.
        var offset = limit + 1;
        var v = new int[2 * limit + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= limit; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    trace.Add(v[(offset - d)..(offset + d + 1)]);
                    return Backtrack(trace, n, m);
                }
            }
            trace.Add(v[(offset - d)..(offset + d + 1)]);
        }
        return null;
    }

    private static List<Run> Backtrack(List<int[]> trace, int n, int m)
    {
        var runs = new List<Run>();
        int x = n, y = m;
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var previous = trace[d - 1];
            var k = x - y;
            // previous holds diagonals -(d-1)..(d-1) at indexes 0..2d-2.
            int At(int diagonal) => previous[diagonal + d - 1];
            var down = k == -d || (k != d && At(k - 1) < At(k + 1));
            var previousK = down ? k + 1 : k - 1;
            var previousX = At(previousK);
            var previousY = previousX - previousK;
            var snakeX = down ? previousX : previousX + 1;
            var snakeY = down ? previousY + 1 : previousY;
            if (x > snakeX)
                runs.Add(new Run(snakeX, snakeY, x - snakeX));
            x = previousX;
            y = previousY;
        }
        if (x > 0)
            runs.Add(new Run(0, 0, x));
        runs.Reverse();
        return runs;
    }
}
