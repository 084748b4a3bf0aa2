namespace FactCheck.Core.Review;

/// <summary>A rating of one claim or quote, with the reasoning behind it and where it is in review.</summary>
/// <param name="Id">Store-assigned id.</param>
/// <param name="ArticleId">The article the span belongs to.</param>
/// <param name="SpanId">The claim or quote rated.</param>
/// <param name="Checker">User name of the checker who owns it.</param>
/// <param name="RatingKey">Key of a rating on the article's scale.</param>
/// <param name="Rationale">Why, in Markdown; required.</param>
/// <param name="Status">Where it is in review.</param>
/// <param name="CreatedAt">First saved (UTC).</param>
/// <param name="UpdatedAt">Last changed (UTC).</param>
/// <param name="Version">Increases with every change; a save based on an older version is a conflict.</param>
/// <param name="EditorComment">The editor's comment when returned (or approved with a note).</param>
/// <param name="Reviewer">User name of the editor who last returned, approved or published it.</param>
/// <param name="SubmittedAt">When it was last submitted.</param>
/// <param name="ReviewedAt">When an editor last returned or approved it.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="LastEditedBy">User name of whoever last changed its rating or rationale.</param>
public sealed record Verdict(
    int Id,
    int ArticleId,
    int SpanId,
    string Checker,
    string RatingKey,
    string Rationale,
    VerdictStatus Status,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version,
    string? EditorComment = null,
    string? Reviewer = null,
    DateTime? SubmittedAt = null,
    DateTime? ReviewedAt = null,
    DateTime? PublishedAt = null,
    string? LastEditedBy = null)
{
    /// <summary>True once a checker has handed it in (submitted, approved or published).</summary>
    public bool IsHandedIn => Status is VerdictStatus.Submitted or VerdictStatus.Approved or VerdictStatus.Published;
}
