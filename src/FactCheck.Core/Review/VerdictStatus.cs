namespace FactCheck.Core.Review;

/// <summary>Where a verdict is in the review workflow: Draft → Submitted → Approved or Returned → Published.</summary>
public enum VerdictStatus
{
    /// <summary>Being written by the checker.</summary>
    Draft,

    /// <summary>Waiting for an editor.</summary>
    Submitted,

    /// <summary>Sent back by an editor with a comment; the checker revises and resubmits.</summary>
    Returned,

    /// <summary>Accepted by an editor, ready to publish.</summary>
    Approved,

    /// <summary>Published: final.</summary>
    Published,
}
