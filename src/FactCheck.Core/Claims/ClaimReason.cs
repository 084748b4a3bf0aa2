namespace FactCheck.Core.Claims;

/// <summary>One reason a sentence's check-worthiness score went up or down.</summary>
/// <param name="Code">Stable machine-readable code, e.g. "quantity", "opinion".</param>
/// <param name="Description">What the reader sees, e.g. "mentions a quantity (10,000 troops)".</param>
/// <param name="Weight">Positive when it raised the score, negative when it lowered it; for the default detector, its contribution in log-odds.</param>
public sealed record ClaimReason(string Code, string Description, double Weight);
