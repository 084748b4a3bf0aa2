namespace FactCheck.Core.Articles;

/// <summary>Where a span stands with the checker.</summary>
public enum SpanStatus
{
    /// <summary>Proposed by the engine, not yet looked at.</summary>
    Suggested,

    /// <summary>Kept by a checker (spans a checker marks are accepted from the start).</summary>
    Accepted,

    /// <summary>Dismissed by a checker, with a reason.</summary>
    Rejected,
}
