using FactCheck.Core.Text;

namespace FactCheck.Core.Claims;

/// <summary>A sentence or clause with its check-worthiness score and the reasons behind it.</summary>
/// <param name="Span">The claim's text.</param>
/// <param name="Score">Check-worthiness in [0, 1].</param>
/// <param name="Reasons">What raised or lowered the score, strongest first.</param>
public sealed record Claim(TextSpan Span, double Score, IReadOnlyList<ClaimReason> Reasons);
