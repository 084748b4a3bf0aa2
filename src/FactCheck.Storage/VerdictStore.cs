using FactCheck.Core.Review;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage;

/// Verdicts and their review workflow. Every change is checked against the workflow rules, guarded by
/// the version the caller last saw, and appended to the audit trail in the same transaction.
public sealed class VerdictStore(FactCheckDb db, SettingsStore settings, ScaleStore scales)
{
    public const int MaxRationaleLength = 20_000;

    public Verdict? Find(int verdictId) => db.Verdicts.FindById(verdictId)?.ToModel();

    public IReadOnlyList<Verdict> ForSpan(int spanId) =>
        db.Verdicts.Find(v => v.SpanId == spanId).OrderBy(v => v.Id).Select(v => v.ToModel()).ToArray();

    public IReadOnlyList<Verdict> ForArticle(int articleId) =>
        db.Verdicts.Find(v => v.ArticleId == articleId).OrderBy(v => v.Id).Select(v => v.ToModel()).ToArray();

    public IReadOnlyList<Verdict> WithStatus(VerdictStatus status) =>
        db.Verdicts.Find(v => v.Status == status.ToString()).OrderBy(v => v.SubmittedAt ?? v.UpdatedAt).Select(v => v.ToModel()).ToArray();

    /// The verdict <paramref name="userName"/> works on for each span of an article, by span id: their own in a
    /// blind double check (so they never see the other checker's), otherwise the desk's one verdict on it.
    public IReadOnlyDictionary<int, Verdict> WorkingSet(int articleId, string userName)
    {
        var blind = settings.Get().BlindDoubleCheck;
        return db.Verdicts.Find(v => v.ArticleId == articleId)
            .Where(v => !blind || string.Equals(v.Checker, userName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.Id)
            .GroupBy(v => v.SpanId)
            .ToDictionary(g => g.Key, g => g.First().ToModel());
    }

    /// Creates or edits the rating and rationale of the verdict the actor works on for this span.
    /// <paramref name="expectedVersion"/> is the version the actor started from (null: they saw no verdict).
    public VerdictResult Save(int spanId, Actor actor, string? ratingKey, string? rationale, int? expectedVersion, DateTime now) => db.InTransaction(() =>
    {
        var span = db.Spans.FindById(spanId);
        if (span is null)
            return VerdictResult.Refused($"There is no claim or quote with id {spanId}.");
        var scale = scales.Get(db.Articles.FindById(span.ArticleId)?.ScaleId);
        if (scale.Find(ratingKey) is null)
            return VerdictResult.Refused(string.IsNullOrWhiteSpace(ratingKey)
                ? "Choose a rating."
                : $"\"{ratingKey}\" is not a rating on the {scale.Name}; use one of: {string.Join(", ", scale.Ratings.Select(r => r.Key))}.");
        if (string.IsNullOrWhiteSpace(rationale))
            return VerdictResult.Refused("Rationale is required.");
        if (rationale.Length > MaxRationaleLength)
            return VerdictResult.Refused($"Rationale must be at most {MaxRationaleLength:N0} characters.");

        var desk = settings.Get();
        var existing = desk.BlindDoubleCheck
            ? db.Verdicts.FindOne(v => v.SpanId == spanId && v.Checker == actor.UserName)
            : db.Verdicts.Find(v => v.SpanId == spanId).OrderBy(v => v.Id).FirstOrDefault();
        if (existing is not null && existing.Version != expectedVersion)
            return VerdictResult.Conflict(existing.ToModel());
        if (existing is not null && VerdictWorkflow.CannotEdit(existing.ToModel(), actor.UserName, actor.Role, desk) is { } error)
            return VerdictResult.Refused(error);

        var before = existing?.ToModel();
        var document = existing ?? new VerdictDocument
        {
            ArticleId = span.ArticleId,
            SpanId = spanId,
            Checker = actor.UserName,
            Status = nameof(VerdictStatus.Draft),
            CreatedAt = now.ToStoredPrecision(),
        };
        document.RatingKey = ratingKey!;
        document.Rationale = rationale.Trim();
        document.LastEditedBy = actor.UserName;
        return Commit(document, before, actor, before is null ? "verdict.created" : "verdict.saved", now);
    });

    public VerdictResult Submit(int verdictId, Actor actor, int expectedVersion, DateTime now) =>
        Transition(verdictId, actor, expectedVersion, now, "verdict.submitted",
            v => VerdictWorkflow.CannotSubmit(v, actor.UserName, actor.Role, settings.Get()),
            d =>
            {
                d.Status = nameof(VerdictStatus.Submitted);
                d.SubmittedAt = now.ToStoredPrecision();
            });

    public VerdictResult Return(int verdictId, Actor actor, string? comment, int expectedVersion, DateTime now) =>
        Transition(verdictId, actor, expectedVersion, now, "verdict.returned",
            v => VerdictWorkflow.CannotReturn(v, actor.Role, comment),
            d =>
            {
                d.Status = nameof(VerdictStatus.Returned);
                d.EditorComment = comment!.Trim();
                d.Reviewer = actor.UserName;
                d.ReviewedAt = now.ToStoredPrecision();
            });

    public VerdictResult Approve(int verdictId, Actor actor, string? comment, int expectedVersion, DateTime now) =>
        Transition(verdictId, actor, expectedVersion, now, "verdict.approved",
            v => VerdictWorkflow.CannotApprove(v, actor.UserName, actor.Role, settings.Get()),
            d =>
            {
                d.Status = nameof(VerdictStatus.Approved);
                d.EditorComment = string.IsNullOrWhiteSpace(comment) ? d.EditorComment : comment.Trim();
                d.Reviewer = actor.UserName;
                d.ReviewedAt = now.ToStoredPrecision();
            });

    public VerdictResult Publish(int verdictId, Actor actor, int expectedVersion, DateTime now) =>
        Transition(verdictId, actor, expectedVersion, now, "verdict.published",
            v => VerdictWorkflow.CannotPublish(v, actor.Role),
            d =>
            {
                d.Status = nameof(VerdictStatus.Published);
                d.Reviewer = actor.UserName;
                d.PublishedAt = now.ToStoredPrecision();
            });

    private VerdictResult Transition(int verdictId, Actor actor, int expectedVersion, DateTime now, string action,
        Func<Verdict, string?> refusal, Action<VerdictDocument> apply) => db.InTransaction(() =>
    {
        var document = db.Verdicts.FindById(verdictId);
        if (document is null)
            return VerdictResult.Refused($"There is no verdict with id {verdictId}.");
        var before = document.ToModel();
        if (document.Version != expectedVersion)
            return VerdictResult.Conflict(before);
        if (refusal(before) is { } error)
            return VerdictResult.Refused(error);
        apply(document);
        return Commit(document, before, actor, action, now);
    });

    private VerdictResult Commit(VerdictDocument document, Verdict? before, Actor actor, string action, DateTime now)
    {
        document.UpdatedAt = now.ToStoredPrecision();
        document.Version++;
        db.Verdicts.Upsert(document);
        var after = document.ToModel();
        AuditLog.Append(db, now, actor.UserName, action, after.ArticleId, after.SpanId, after.Id, AuditLog.Changes(before, after));
        db.Notify(new ArticleChange(after.ArticleId, ArticleChangeKind.Verdicts, actor.UserName));
        return VerdictResult.Ok(after);
    }
}
