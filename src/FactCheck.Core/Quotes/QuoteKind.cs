namespace FactCheck.Core.Quotes;

/// <summary>What a run of text in quotation marks is.</summary>
public enum QuoteKind
{
    /// <summary>Words someone said or wrote: a direct quote to check.</summary>
    Statement,

    /// <summary>A scare quote, title, nickname or slogan: quoted, but not a statement.</summary>
    Term,
}
