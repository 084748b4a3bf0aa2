namespace FactCheck.Core.Review;

/// <summary>A named, ordered list of ratings, from most to least accurate.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Name">What users see.</param>
/// <param name="Ratings">The ratings, most accurate first.</param>
public sealed record RatingScale(string Id, string Name, IReadOnlyList<Rating> Ratings)
{
    /// <summary>Id of <see cref="Default"/>.</summary>
    public const string DefaultId = "truth-scale";

    /// <summary>The default six-point scale plus "Unverifiable".</summary>
    public static RatingScale Default { get; } = new(
        DefaultId,
        "Truth scale",
        [
            new("true", "True", "The statement is accurate and nothing significant is missing.", "#2e7d32", 5),
            new("mostly-true", "Mostly true", "Accurate but needs clarification or additional information.", "#689f38", 4),
            new("half-true", "Half true", "Partially accurate but leaves out important details or takes things out of context.", "#f9a825", 3),
            new("mostly-false", "Mostly false", "Contains an element of truth but ignores facts that would give a different impression.", "#ef6c00", 2),
            new("false", "False", "The statement is not accurate.", "#c62828", 1),
            new("pants-on-fire", "Pants on fire", "Not accurate and makes a ridiculous claim.", "#7b1fa2", 1),
            new("unverifiable", "Unverifiable", "The available evidence can neither confirm nor refute it.", "#546e7a", null),
        ]);

    /// <summary>The rating with <paramref name="key"/>, or null when the scale has none.</summary>
    public Rating? Find(string? key) => Ratings.FirstOrDefault(r => r.Key == key);
}
