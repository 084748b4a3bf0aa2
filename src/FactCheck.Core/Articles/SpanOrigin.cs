namespace FactCheck.Core.Articles;

/// <summary>Who proposed a span.</summary>
public enum SpanOrigin
{
    /// <summary>Suggested by the analysis engine.</summary>
    Engine,

    /// <summary>Marked by a person.</summary>
    Checker,
}
