using FactCheck.Core.Articles;

namespace FactCheck.Core.Anchoring;

/// <summary>Where a span was found in a new version of its article, if anywhere.</summary>
/// <param name="State">Anchored (same text), Changed (found, different text) or Orphaned (not found).</param>
/// <param name="Anchor">The span in the new text, with context taken from it; null when orphaned.</param>
/// <param name="Method">Which step found it.</param>
/// <param name="Score">
/// 0 to 1: text, context and closeness to where it was expected, weighted as <see cref="TextAnchorLocator"/> says;
/// for an orphan, the best score a candidate reached.
/// </param>
/// <param name="TextSimilarity">0 to 1: how much of the old text the new text keeps (1 minus edits per character).</param>
public sealed record AnchorMatch(AnchorState State, TextAnchor? Anchor, AnchorMethod Method, double Score, double TextSimilarity)
{
    /// <summary>True when the span was found (anchored or changed).</summary>
    public bool Found => Anchor is not null;

    /// <summary>An orphan whose best candidate scored <paramref name="score"/>.</summary>
    public static AnchorMatch Orphan(double score = 0) => new(AnchorState.Orphaned, null, AnchorMethod.NotFound, score, 0);
}
