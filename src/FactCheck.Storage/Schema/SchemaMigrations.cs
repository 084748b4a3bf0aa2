using FactCheck.Core.Review;
using FactCheck.Storage.Documents;
using LiteDB;

namespace FactCheck.Storage.Schema;

/// The database's schema version lives in LiteDB's USER_VERSION pragma (0 for files written before
/// versions were recorded). <see cref="Migrate"/> runs every step above the file's version, in order,
/// each time a database is opened; a file from a newer FactCheck is refused rather than guessed at.
public static class SchemaMigrations
{
    internal static IReadOnlyList<SchemaMigration> Steps { get; } =
    [
        new(1, "Fill in fields the walking skeleton did not store (article revision and scale, span status and anchoring, verdict status and creation time)", BackfillSkeletonFields),
        new(2, "Index verdicts by checker and audit entries by verdict", IndexCheckerAndAuditVerdict),
        new(3, "Add the built-in rating scales", AddBuiltInScales),
    ];

    public static int CurrentVersion => Steps[^1].Version;

    /// Brings <paramref name="db"/> up to <paramref name="targetVersion"/> (default: the current version)
    /// and returns the descriptions of the steps it ran.
    internal static IReadOnlyList<string> Migrate(ILiteDatabase db, int? targetVersion = null)
    {
        var found = db.UserVersion;
        if (found > CurrentVersion)
            throw new SchemaTooNewException(found, CurrentVersion);
        var applied = new List<string>();
        foreach (var step in Steps.Where(s => s.Version > found && s.Version <= (targetVersion ?? CurrentVersion)))
        {
            // A step's data changes commit together; the pragma cannot be set inside a transaction, so it
            // follows, and a crash in between only repeats an idempotent step.
            db.BeginTrans();
            try
            {
                step.Apply(db);
                db.Commit();
            }
            catch
            {
                db.Rollback();
                throw;
            }
            db.UserVersion = step.Version;
            applied.Add($"{step.Version}: {step.Description}");
        }
        return applied;
    }

    private static void BackfillSkeletonFields(ILiteDatabase db)
    {
        Backfill(db, "articles", d => SetIfMissing(d, "Revision", 1) | SetIfMissing(d, "ScaleId", RatingScale.DefaultId));
        Backfill(db, "spans", d => SetIfMissing(d, "Status", "Suggested") | SetIfMissing(d, "Anchoring", "Anchored"));
        // Skeleton verdicts predate the workflow: they are drafts, created when last saved, by nobody known.
        Backfill(db, "verdicts", d => SetIfMissing(d, "Status", nameof(VerdictStatus.Draft)) | SetIfMissing(d, "CreatedAt", d["UpdatedAt"]));
    }

    private static void IndexCheckerAndAuditVerdict(ILiteDatabase db)
    {
        // Same names and expressions as EnsureIndex(v => v.Checker) would make, so a later typed call is a no-op.
        db.GetCollection("verdicts").EnsureIndex("Checker", "$.Checker");
        db.GetCollection("audit").EnsureIndex("VerdictId", "$.VerdictId");
    }

    // ScaleStore adds them on first use, but inside a verdict's transaction; two first saves at once on a
    // new desk then both insert them and one fails. Present from the start, they are never raced for.
    private static void AddBuiltInScales(ILiteDatabase db)
    {
        var scales = db.GetCollection<ScaleDocument>("scales");
        foreach (var scale in RatingScales.BuiltIn)
        {
            if (scales.FindById(scale.Id) is null)
                scales.Insert(scale.ToDocument());
        }
    }

    private static void Backfill(ILiteDatabase db, string collection, Func<BsonDocument, bool> fill)
    {
        if (!db.CollectionExists(collection))
            return;
        var documents = db.GetCollection(collection);
        var changed = documents.FindAll().Where(fill).ToList();
        foreach (var document in changed)
            documents.Update(document);
    }

    private static bool SetIfMissing(BsonDocument document, string field, BsonValue value)
    {
        if (document.ContainsKey(field) && !document[field].IsNull)
            return false;
        document[field] = value;
        return true;
    }
}
