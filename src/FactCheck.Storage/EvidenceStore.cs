using FactCheck.Core.Evidence;
using FactCheck.Core.Sources;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage;

/// Evidence on claims and quotes, and the page snapshots that keep it verifiable.
/// Removing evidence hides it but keeps it, and the audit trail has what it said.
public sealed class EvidenceStore(FactCheckDb db)
{
    public IReadOnlyList<EvidenceItem> ForSpan(int spanId) =>
        db.Evidence.Find(e => e.SpanId == spanId && !e.Removed).OrderBy(e => e.Id).Select(ToModel).ToArray();

    public IReadOnlyList<EvidenceItem> ForArticle(int articleId) =>
        db.Evidence.Find(e => e.ArticleId == articleId && !e.Removed).OrderBy(e => e.Id).Select(ToModel).ToArray();

    public PageSnapshot? Snapshot(string sha256) =>
        db.Snapshots.FindById(sha256) is { } s ? new PageSnapshot(s.Sha256, s.Url, s.Title, s.Text, s.RetrievedAt) : null;

    /// Source names used in earlier evidence, most used first, for autocomplete.
    public IReadOnlyList<(string Name, SourceKind? Kind)> KnownSources(int limit = 200) =>
        db.Evidence.Find(e => !e.Removed)
            .GroupBy(e => e.SourceName, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Take(limit)
            .Select(g => (g.First().SourceName, ParseKind(g.First().SourceKind)))
            .ToArray();

    public EvidenceResult Add(int spanId, EvidenceDraft draft, PageSnapshot? snapshot, Actor actor, DateTime now)
    {
        if (draft.Validate() is { Count: > 0 } errors)
            return EvidenceResult.Invalid(errors);
        return db.InTransaction(() =>
        {
            var span = db.Spans.FindById(spanId);
            if (span is null)
                return EvidenceResult.Refused($"There is no claim or quote with id {spanId}.");
            var document = new EvidenceDocument
            {
                ArticleId = span.ArticleId,
                SpanId = spanId,
                CreatedBy = actor.UserName,
                CreatedAt = now.ToStoredPrecision(),
            };
            Apply(document, draft);
            if (snapshot is not null)
                document.SnapshotSha256 = Keep(snapshot);
            return Commit(document, null, actor, "evidence.added", now);
        });
    }

    public EvidenceResult Update(int evidenceId, EvidenceDraft draft, int expectedVersion, Actor actor, DateTime now)
    {
        if (draft.Validate() is { Count: > 0 } errors)
            return EvidenceResult.Invalid(errors);
        return db.InTransaction(() =>
        {
            var document = db.Evidence.FindById(evidenceId);
            if (document is null || document.Removed)
                return EvidenceResult.Refused($"There is no evidence with id {evidenceId}.");
            if (document.Version != expectedVersion)
                return EvidenceResult.Refused($"{document.CreatedBy} or someone else changed this evidence meanwhile; reopen it to see their version.");
            var before = ToModel(document);
            Apply(document, draft);
            return Commit(document, before, actor, "evidence.changed", now);
        });
    }

    public EvidenceResult AttachSnapshot(int evidenceId, PageSnapshot snapshot, Actor actor, DateTime now) => db.InTransaction(() =>
    {
        var document = db.Evidence.FindById(evidenceId);
        if (document is null || document.Removed)
            return EvidenceResult.Refused($"There is no evidence with id {evidenceId}.");
        var before = ToModel(document);
        document.SnapshotSha256 = Keep(snapshot);
        return Commit(document, before, actor, "evidence.snapshot", now);
    });

    public EvidenceResult Remove(int evidenceId, Actor actor, DateTime now) => db.InTransaction(() =>
    {
        var document = db.Evidence.FindById(evidenceId);
        if (document is null || document.Removed)
            return EvidenceResult.Refused($"There is no evidence with id {evidenceId}.");
        var before = ToModel(document);
        document.Removed = true;
        return Commit(document, before, actor, "evidence.removed", now);
    });

    private string Keep(PageSnapshot snapshot)
    {
        // Snapshots are content-addressed: the same page text is stored once however often it is cited.
        if (db.Snapshots.FindById(snapshot.Sha256) is null)
        {
            db.Snapshots.Insert(new SnapshotDocument
            {
                Sha256 = snapshot.Sha256,
                Url = snapshot.Url,
                Title = snapshot.Title,
                Text = snapshot.Text,
                RetrievedAt = snapshot.RetrievedAt.ToStoredPrecision(),
            });
        }
        return snapshot.Sha256;
    }

    private EvidenceResult Commit(EvidenceDocument document, EvidenceItem? before, Actor actor, string action, DateTime now)
    {
        document.UpdatedAt = now.ToStoredPrecision();
        document.Version++;
        db.Evidence.Upsert(document);
        var after = ToModel(document);
        AuditLog.Append(db, now, actor.UserName, action, after.ArticleId, after.SpanId, null, AuditLog.Changes(before, after));
        db.Notify(new ArticleChange(after.ArticleId, ArticleChangeKind.Evidence, actor.UserName));
        return EvidenceResult.Ok(after);
    }

    private static void Apply(EvidenceDocument document, EvidenceDraft draft)
    {
        document.SourceName = draft.SourceName.Trim();
        document.SourceKind = draft.SourceKind?.ToString();
        document.Stance = draft.Stance.ToString();
        document.Url = Clean(draft.Url);
        document.ArchiveUrl = Clean(draft.ArchiveUrl);
        document.Passage = Clean(draft.Passage);
        document.Note = Clean(draft.Note);
    }

    private static EvidenceItem ToModel(EvidenceDocument d) => new(
        d.Id, d.ArticleId, d.SpanId, d.SourceName, ParseKind(d.SourceKind), Enum.Parse<EvidenceStance>(d.Stance),
        d.Url, d.ArchiveUrl, d.Passage, d.Note, d.SnapshotSha256, d.CreatedBy, d.CreatedAt, d.UpdatedAt, d.Version);

    private static SourceKind? ParseKind(string? kind) => Enum.TryParse<SourceKind>(kind, out var k) ? k : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
