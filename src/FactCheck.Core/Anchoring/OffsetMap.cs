namespace FactCheck.Core.Anchoring;

/// <summary>
/// Carries offsets in an old text over to a new version of it, using the runs of text the two versions share.
/// Built from a diff by lines (paragraphs) and, inside changed lines, by words, so that a typo fix or an
/// inserted paragraph moves every later offset by exactly the right amount.
/// </summary>
public sealed class OffsetMap
{
    /// <summary>Most insertions plus deletions a diff level looks for before it gives up on a region.</summary>
    public const int MaxEdits = 2000;

    private readonly List<SharedRun> _runs;
    private readonly int _oldLength;
    private readonly int _newLength;

    private OffsetMap(List<SharedRun> runs, int oldLength, int newLength)
    {
        _runs = runs;
        _oldLength = oldLength;
        _newLength = newLength;
    }

    /// <summary>A stretch of text that is the same in both versions.</summary>
    /// <param name="OldStart">Where it starts in the old text.</param>
    /// <param name="NewStart">Where it starts in the new text.</param>
    /// <param name="Length">Its length in UTF-16 code units.</param>
    public readonly record struct SharedRun(int OldStart, int NewStart, int Length)
    {
        /// <summary>One past its end in the old text.</summary>
        public int OldEnd => OldStart + Length;

        /// <summary>One past its end in the new text.</summary>
        public int NewEnd => NewStart + Length;
    }

    /// <summary>The shared runs, in order of both texts.</summary>
    public IReadOnlyList<SharedRun> Runs => _runs;

    /// <summary>Maps nothing: every offset is scaled by the ratio of the lengths. For when there is no old text.</summary>
    public static OffsetMap None(int oldLength, int newLength) => new([], oldLength, newLength);

    /// <summary>Diffs <paramref name="oldText"/> against <paramref name="newText"/>.</summary>
    public static OffsetMap Between(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var runs = new List<SharedRun>();
        var oldLines = Tokenizer.Lines(oldText);
        var newLines = Tokenizer.Lines(newText);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var lineRuns = MyersDiff.Runs(Ids(oldText, oldLines, ids), Ids(newText, newLines, ids), MaxEdits) ?? [];

        // Between two shared line runs lies a changed region: diff it again word by word.
        int oldLine = 0, newLine = 0;
        foreach (var run in lineRuns.Append(new MyersDiff.Run(oldLines.Count, newLines.Count, 0)))
        {
            if (run.A > oldLine && run.B > newLine)
                AddWordRuns(oldText, newText, Span(oldLines, oldLine, run.A), Span(newLines, newLine, run.B), ids, runs);
            if (run.Length > 0)
            {
                var oldStart = oldLines[run.A].Start;
                var newStart = newLines[run.B].Start;
                Add(runs, new SharedRun(oldStart, newStart, oldLines[run.A + run.Length - 1].End - oldStart));
            }
            oldLine = run.A + run.Length;
            newLine = run.B + run.Length;
        }
        return new OffsetMap(runs, oldText.Length, newText.Length);
    }

    /// <summary>
    /// Where <paramref name="oldOffset"/> lands in the new text: exact inside shared text, and for offsets in
    /// changed text the same distance from the last shared run, kept before the next one.
    /// </summary>
    public int Map(int oldOffset)
    {
        var index = RunAtOrBefore(oldOffset);
        if (index < 0)
        {
            if (_runs.Count == 0)
                return _oldLength == 0 ? 0 : (int)Math.Round((double)oldOffset * _newLength / _oldLength);
            // Before the first shared run: keep the distance to it.
            return Math.Max(0, _runs[0].NewStart - (_runs[0].OldStart - oldOffset));
        }
        var run = _runs[index];
        if (oldOffset <= run.OldEnd)
            return run.NewStart + (oldOffset - run.OldStart);
        var limit = index + 1 < _runs.Count ? _runs[index + 1].NewStart : _newLength;
        return Math.Min(run.NewEnd + (oldOffset - run.OldEnd), limit);
    }

    /// <summary>
    /// True when all of <paramref name="oldStart"/>..<paramref name="oldEnd"/> lies in one shared run, so the same
    /// text is at <paramref name="newStart"/> in the new version.
    /// </summary>
    public bool TryMapUnchanged(int oldStart, int oldEnd, out int newStart)
    {
        var index = RunAtOrBefore(oldStart);
        if (index >= 0 && oldEnd <= _runs[index].OldEnd && (oldStart < _runs[index].OldEnd || oldStart == oldEnd))
        {
            newStart = _runs[index].NewStart + (oldStart - _runs[index].OldStart);
            return true;
        }
        newStart = -1;
        return false;
    }

    private int RunAtOrBefore(int oldOffset)
    {
        int low = 0, high = _runs.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_runs[middle].OldStart <= oldOffset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found;
    }

    private static void AddWordRuns(
        string oldText, string newText, Tokenizer.Range oldRegion, Tokenizer.Range newRegion,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ids, List<SharedRun> runs)
    {
        var oldWords = Tokenizer.Words(oldText, oldRegion);
        var newWords = Tokenizer.Words(newText, newRegion);
        var wordRuns = MyersDiff.Runs(Ids(oldText, oldWords, ids), Ids(newText, newWords, ids), MaxEdits);
        if (wordRuns is null)
            return;
        foreach (var run in wordRuns)
        {
            var oldStart = oldWords[run.A].Start;
            var newStart = newWords[run.B].Start;
            Add(runs, new SharedRun(oldStart, newStart, oldWords[run.A + run.Length - 1].End - oldStart));
        }
    }

    // Adjacent runs are merged so that a span crossing a line break still lies in one run.
    private static void Add(List<SharedRun> runs, SharedRun run)
    {
        if (run.Length == 0)
            return;
        if (runs.Count > 0 && runs[^1].OldEnd == run.OldStart && runs[^1].NewEnd == run.NewStart)
            runs[^1] = runs[^1] with { Length = runs[^1].Length + run.Length };
        else
            runs.Add(run);
    }

    private static Tokenizer.Range Span(List<Tokenizer.Range> tokens, int from, int to) =>
        new(tokens[from].Start, tokens[to - 1].End);

    private static int[] Ids(string text, List<Tokenizer.Range> tokens, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ids)
    {
        var result = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            if (!ids.TryGetValue(token, out var id))
            {
                id = ids.Dictionary.Count;
                ids[token] = id;
            }
            result[i] = id;
        }
        return result;
    }
}
