using FactCheck.Core.Articles;

namespace FactCheck.Core.Anchoring;

/// <summary>A span to find again in a new version of its article.</summary>
/// <param name="Anchor">The span as last found.</param>
/// <param name="WasOrphaned">
/// True when it was already orphaned: its anchor then points into an older version than the one being replaced,
/// so its offsets are not carried through the diff.
/// </param>
/// <param name="Group">
/// Spans of one group (e.g. one kind) may not end up on the same text unless they started there; the weaker
/// claimant looks elsewhere or is orphaned.
/// </param>
public sealed record AnchorRequest(TextAnchor Anchor, bool WasOrphaned = false, int Group = 0);
