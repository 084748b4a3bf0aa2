namespace FactCheck.Core.Evidence;

/// <summary>How a piece of evidence bears on a claim or quote.</summary>
public enum EvidenceStance
{
    /// <summary>Backs it up.</summary>
    Supports,

    /// <summary>Contradicts it.</summary>
    Refutes,

    /// <summary>Background that neither supports nor refutes it.</summary>
    Context,

    /// <summary>The original source of a quote: where the words were first said or written.</summary>
    OriginalSource,
}
