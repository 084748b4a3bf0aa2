namespace FactCheck.Core.Review;

/// <summary>A checker's rating of one claim or quote, with the reasoning behind it.</summary>
/// <param name="Id">Store-assigned id.</param>
/// <param name="ArticleId">The article the span belongs to.</param>
/// <param name="SpanId">The claim or quote rated.</param>
/// <param name="RatingKey">Key of a rating on the article's scale.</param>
/// <param name="Rationale">Why; required.</param>
/// <param name="UpdatedAt">Last saved (UTC).</param>
/// <param name="Version">Increases with every save; used to detect conflicting edits.</param>
public sealed record Verdict(int Id, int ArticleId, int SpanId, string RatingKey, string Rationale, DateTime UpdatedAt, int Version);
