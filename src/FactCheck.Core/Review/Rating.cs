namespace FactCheck.Core.Review;

/// <summary>One point on a rating scale.</summary>
/// <param name="Key">Stable identifier stored with verdicts ("mostly-true").</param>
/// <param name="Label">What the checker sees ("Mostly true").</param>
/// <param name="Description">What the rating means.</param>
/// <param name="Color">CSS colour used to show it.</param>
/// <param name="ClaimReviewValue">Value on the schema.org ClaimReview 1–5 scale; null when it has none (unverifiable).</param>
public sealed record Rating(string Key, string Label, string Description, string Color, int? ClaimReviewValue);
