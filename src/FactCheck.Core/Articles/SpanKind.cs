namespace FactCheck.Core.Articles;

/// <summary>What a span in an article is to the checker.</summary>
public enum SpanKind
{
    /// <summary>A check-worthy assertion.</summary>
    Claim,

    /// <summary>A direct quote attributed to a speaker.</summary>
    Quote,
}
