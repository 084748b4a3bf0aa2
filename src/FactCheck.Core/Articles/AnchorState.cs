namespace FactCheck.Core.Articles;

/// <summary>How a span fared when its article was revised.</summary>
public enum AnchorState
{
    /// <summary>Found with its text unchanged.</summary>
    Anchored,

    /// <summary>Found, but its text changed; the earlier text is kept for a diff.</summary>
    Changed,

    /// <summary>Not found in the current revision; kept and listed, never dropped.</summary>
    Orphaned,
}
