using FactCheck.Core.Articles;
using FactCheck.Core.Text;

namespace FactCheck.Core.Anchoring;

/// <summary>
/// Re-anchors all the spans of an article when a new version of its text arrives. The old and new texts are
/// diffed once (<see cref="OffsetMap"/>): a span inside unchanged text moves by the edits before it; every other
/// span is looked for by <see cref="TextAnchorLocator"/> around where the diff says it should be.
/// An instance is immutable and thread-safe.
/// </summary>
public sealed class SpanReanchorer(TextAnchorLocator locator)
{
    /// <summary>The re-anchorer over <see cref="TextAnchorLocator.Default"/>.</summary>
    public static SpanReanchorer Default { get; } = new(TextAnchorLocator.Default);

    /// <summary>Finds every request's span in <paramref name="newText"/>; results are in the order of the requests.</summary>
    public IReadOnlyList<AnchorMatch> Reanchor(string oldText, string newText, IReadOnlyList<AnchorRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        return Reanchor(OffsetMap.Between(oldText, newText), oldText.Length, newText, requests);
    }

    /// <summary>
    /// As <see cref="Reanchor(string, string, IReadOnlyList{AnchorRequest})"/>, with the diff already made, for callers
    /// that also use it to carry other offsets (a speaker's mention, a source's mentions).
    /// </summary>
    public IReadOnlyList<AnchorMatch> Reanchor(OffsetMap map, int oldLength, string newText, IReadOnlyList<AnchorRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(newText);
        ArgumentNullException.ThrowIfNull(requests);
        var expected = new int[requests.Count];
        var results = new AnchorMatch[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var anchor = requests[i].Anchor;
            if (!requests[i].WasOrphaned && anchor.End <= oldLength && map.TryMapUnchanged(anchor.Start, anchor.End, out var start))
            {
                results[i] = new AnchorMatch(AnchorState.Anchored, TextAnchor.Create(newText, new TextSpan(start, anchor.Exact.Length)), AnchorMethod.Position, 1, 1);
                continue;
            }
            expected[i] = requests[i].WasOrphaned ? anchor.Start : map.Map(Math.Min(anchor.Start, oldLength));
            results[i] = locator.Locate(newText, anchor, expected[i]);
        }
        ResolveCollisions(newText, requests, expected, results);
        return results;
    }

    /// <summary>
    /// Two spans of a group that were apart must not land on the same text (a deleted copy of a repeated sentence
    /// would otherwise pile onto the surviving copy): the better-scored keeps it, the other searches again without it.
    /// </summary>
    private void ResolveCollisions(string newText, IReadOnlyList<AnchorRequest> requests, int[] expected, AnchorMatch[] results)
    {
        for (var round = 0; round < 4; round++)
        {
            var losers = new List<int>();
            foreach (var group in Enumerable.Range(0, results.Length)
                .Where(i => results[i].Found)
                .GroupBy(i => (requests[i].Group, results[i].Anchor!.Start, results[i].Anchor!.End))
                .Where(g => g.Select(i => (requests[i].Anchor.Start, requests[i].Anchor.End)).Distinct().Count() > 1))
            {
                var ranked = group.OrderByDescending(i => results[i].Method == AnchorMethod.Position).ThenByDescending(i => results[i].Score).ToArray();
                var keeper = requests[ranked[0]].Anchor;
                losers.AddRange(ranked.Skip(1).Where(i => (requests[i].Anchor.Start, requests[i].Anchor.End) != (keeper.Start, keeper.End)));
            }
            if (losers.Count == 0)
                return;
            foreach (var i in losers)
            {
                var taken = Enumerable.Range(0, results.Length)
                    .Where(j => j != i && results[j].Found && requests[j].Group == requests[i].Group && !losers.Contains(j))
                    .Select(j => results[j].Anchor!.Span)
                    .ToArray();
                results[i] = locator.Locate(newText, requests[i].Anchor, expected[i], (start, end) => taken.Any(t => MostlyOverlaps(t, start, end)));
            }
        }
    }

    private static bool MostlyOverlaps(TextSpan taken, int start, int end)
    {
        var overlap = Math.Min(taken.End, end) - Math.Max(taken.Start, start);
        return overlap > 0 && 2 * overlap >= Math.Min(taken.Length, end - start);
    }
}
