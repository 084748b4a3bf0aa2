using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage.Desk;

/// Writes generated desks (demo data, benchmarks) in bulk: verdicts go in as they are, with the audit
/// entries their history would have left, without replaying the workflow one transaction at a time.
/// Not for user input: nothing here checks permissions or workflow rules.
public sealed class SeedWriter(FactCheckDb db)
{
    /// Stores an article with its spans; returns the article id and the span ids in suggestion order.
    public (int ArticleId, IReadOnlyList<int> SpanIds) AddArticle(NewArticle article, SpanSuggestions suggestions, DateTime importedAt)
    {
        var id = new ArticleStore(db).Add(article, suggestions, importedAt);
        var spans = db.Spans.Find(s => s.ArticleId == id).OrderBy(s => s.Id).Select(s => s.Id).ToArray();
        return (id, spans);
    }

    /// Stores verdicts (their ids are assigned here) and an audit entry for each step of their history.
    public void AddVerdicts(IReadOnlyList<Verdict> verdicts) => db.InTransaction(() =>
    {
        var documents = verdicts.Select(v => new VerdictDocument
        {
            ArticleId = v.ArticleId,
            SpanId = v.SpanId,
            Checker = v.Checker,
            RatingKey = v.RatingKey,
            Rationale = v.Rationale,
            Status = v.Status.ToString(),
            CreatedAt = v.CreatedAt.ToStoredPrecision(),
            UpdatedAt = v.UpdatedAt.ToStoredPrecision(),
            Version = v.Version,
            EditorComment = v.EditorComment,
            Reviewer = v.Reviewer,
            SubmittedAt = v.SubmittedAt?.ToStoredPrecision(),
            ReviewedAt = v.ReviewedAt?.ToStoredPrecision(),
            PublishedAt = v.PublishedAt?.ToStoredPrecision(),
            LastEditedBy = v.LastEditedBy ?? v.Checker,
        }).ToList();
        db.Verdicts.InsertBulk(documents);
        db.Audit.InsertBulk(documents.SelectMany(History));
        return true;
    });

    private static IEnumerable<AuditDocument> History(VerdictDocument v)
    {
        AuditDocument Entry(DateTime at, string actor, string action, Dictionary<string, string?> after) => new()
        {
            At = at, Actor = actor, Action = action, ArticleId = v.ArticleId, SpanId = v.SpanId, VerdictId = v.Id, Before = [], After = after,
        };
        yield return Entry(v.CreatedAt, v.Checker, "verdict.created", new() { ["Status"] = "Draft", ["RatingKey"] = v.RatingKey });
        if (v.SubmittedAt is { } submitted)
            yield return Entry(submitted, v.Checker, "verdict.submitted", new() { ["Status"] = "Submitted" });
        if (v.ReviewedAt is { } reviewed && v.Reviewer is { } reviewer)
            yield return Entry(reviewed, reviewer, v.Status == nameof(VerdictStatus.Returned) ? "verdict.returned" : "verdict.approved",
                new() { ["Status"] = v.Status == nameof(VerdictStatus.Returned) ? "Returned" : "Approved", ["EditorComment"] = v.EditorComment });
        if (v.PublishedAt is { } published && v.Reviewer is { } publisher)
            yield return Entry(published, publisher, "verdict.published", new() { ["Status"] = "Published" });
    }
}
