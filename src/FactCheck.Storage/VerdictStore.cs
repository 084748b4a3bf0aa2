using FactCheck.Core.Review;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage;

public sealed class VerdictStore(FactCheckDb db)
{
    /// Records the verdict on a span, replacing an earlier one; returns it as stored.
    public Verdict Save(int spanId, string ratingKey, string rationale, DateTime savedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ratingKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(rationale);
        return db.InTransaction(() =>
        {
            var span = db.Spans.FindById(spanId) ?? throw new KeyNotFoundException($"There is no claim or quote with id {spanId}.");
            var document = db.Verdicts.FindOne(v => v.SpanId == spanId) ?? new VerdictDocument { SpanId = spanId, ArticleId = span.ArticleId };
            document.RatingKey = ratingKey;
            document.Rationale = rationale.Trim();
            document.UpdatedAt = savedAt.ToStoredPrecision();
            document.Version++;
            db.Verdicts.Upsert(document);
            return document.ToModel();
        });
    }

    public Verdict? ForSpan(int spanId) => db.Verdicts.FindOne(v => v.SpanId == spanId)?.ToModel();

    public IReadOnlyList<Verdict> ForArticle(int articleId) =>
        db.Verdicts.Find(v => v.ArticleId == articleId).Select(v => v.ToModel()).ToArray();
}
