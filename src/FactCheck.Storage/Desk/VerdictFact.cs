using FactCheck.Core.Review;

namespace FactCheck.Storage.Desk;

/// The fields of a verdict that desk-wide views count and sort by; rationale and comments stay in the database.
public sealed record VerdictFact(
    int Id,
    int ArticleId,
    int SpanId,
    string Checker,
    string RatingKey,
    VerdictStatus Status,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? SubmittedAt,
    DateTime? ReviewedAt,
    DateTime? PublishedAt,
    string? Reviewer)
{
    public bool IsHandedIn => Status is VerdictStatus.Submitted or VerdictStatus.Approved or VerdictStatus.Published;
}
