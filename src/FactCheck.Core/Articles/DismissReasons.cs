namespace FactCheck.Core.Articles;

/// <summary>Why a checker dismisses a suggested span; the labels are stored with the span.</summary>
public static class DismissReasons
{
    /// <summary>Not a claim anyone would check.</summary>
    public const string NotCheckWorthy = "Not check-worthy";

    /// <summary>An opinion, not a checkable statement.</summary>
    public const string Opinion = "Opinion";

    /// <summary>Says the same as another span.</summary>
    public const string Duplicate = "Duplicate";

    /// <summary>The engine got the span wrong (not a quote, wrong bounds).</summary>
    public const string WrongSpan = "Wrong span";

    /// <summary>The reasons offered, in order.</summary>
    public static IReadOnlyList<string> All { get; } = [NotCheckWorthy, Opinion, Duplicate, WrongSpan];
}
