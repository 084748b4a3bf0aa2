namespace FactCheck.Core.Anchoring;

/// <summary>Which step of the search found a span again.</summary>
public enum AnchorMethod
{
    /// <summary>Its text is still where it was (after shifting by the edits before it).</summary>
    Position,

    /// <summary>Its exact text was found elsewhere, picked by context and closeness.</summary>
    ExactText,

    /// <summary>Text close to it was found, scored on text, context and closeness.</summary>
    Fuzzy,

    /// <summary>Nothing scored high enough: the span is orphaned.</summary>
    NotFound,
}
