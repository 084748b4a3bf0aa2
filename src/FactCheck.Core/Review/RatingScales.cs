namespace FactCheck.Core.Review;

/// <summary>The rating scales a new desk starts with; admins can edit them or add their own.</summary>
public static class RatingScales
{
    /// <summary>A Pinocchio-style scale.</summary>
    public static RatingScale Pinocchio { get; } = new(
        "pinocchio",
        "Pinocchio scale",
        [
            new("geppetto", "Geppetto checkmark", "The unvarnished truth.", "#2e7d32", 5),
            new("one-pinocchio", "One Pinocchio", "Some shading of the facts: selective telling, omissions or exaggerations.", "#9e9d24", 4),
            new("two-pinocchios", "Two Pinocchios", "Significant omissions or exaggerations; misleading.", "#f9a825", 3),
            new("three-pinocchios", "Three Pinocchios", "Significant factual error or obvious contradictions.", "#ef6c00", 2),
            new("four-pinocchios", "Four Pinocchios", "Whoppers.", "#c62828", 1),
            new("pending", "Verdict pending", "Too soon to tell; the evidence is not in.", "#546e7a", null),
        ]);

    /// <summary>A short scale for desks that prefer plain words; meant to be adapted.</summary>
    public static RatingScale Custom { get; } = new(
        "custom",
        "Desk scale",
        [
            new("accurate", "Accurate", "Correct and complete.", "#2e7d32", 5),
            new("missing-context", "Missing context", "Correct in itself but leaves a false impression.", "#f9a825", 3),
            new("misleading", "Misleading", "Mostly wrong or used to mislead.", "#ef6c00", 2),
            new("false", "False", "Wrong.", "#c62828", 1),
            new("unsupported", "Unsupported", "No evidence either way.", "#546e7a", null),
        ]);

    /// <summary>All built-in scales; the first is the default.</summary>
    public static IReadOnlyList<RatingScale> BuiltIn { get; } = [RatingScale.Default, Pinocchio, Custom];
}
