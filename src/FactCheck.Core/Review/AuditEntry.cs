namespace FactCheck.Core.Review;

/// <summary>One change in the audit trail: who did what, when, and the values before and after. Never rewritten.</summary>
/// <param name="Id">Store-assigned id, increasing with time.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">User name of who did it.</param>
/// <param name="Action">What was done ("verdict.saved", "verdict.submitted", "verdict.returned", ...).</param>
/// <param name="ArticleId">The article concerned.</param>
/// <param name="SpanId">The claim or quote concerned, if any.</param>
/// <param name="VerdictId">The verdict concerned, if any.</param>
/// <param name="Before">Changed fields before the change.</param>
/// <param name="After">Changed fields after the change.</param>
public sealed record AuditEntry(
    int Id,
    DateTime At,
    string Actor,
    string Action,
    int ArticleId,
    int? SpanId,
    int? VerdictId,
    IReadOnlyDictionary<string, string?> Before,
    IReadOnlyDictionary<string, string?> After);
