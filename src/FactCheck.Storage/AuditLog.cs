using System.Globalization;
using System.Reflection;
using FactCheck.Core.Review;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage;

/// Appends to and reads the audit trail. Entries are only ever inserted, never updated or deleted.
public sealed class AuditLog(FactCheckDb db)
{
    public IReadOnlyList<AuditEntry> ForArticle(int articleId) =>
        db.Audit.Find(a => a.ArticleId == articleId).OrderBy(a => a.Id).Select(a => a.ToModel()).ToArray();

    public IReadOnlyList<AuditEntry> ForSpan(int spanId) =>
        db.Audit.Find(a => a.SpanId == spanId).OrderBy(a => a.Id).Select(a => a.ToModel()).ToArray();

    internal static void Append(FactCheckDb db, DateTime at, string actor, string action, int articleId, int? spanId, int? verdictId,
        (Dictionary<string, string?> Before, Dictionary<string, string?> After) changes) =>
        db.Audit.Insert(new AuditDocument
        {
            At = at.ToStoredPrecision(),
            Actor = actor,
            Action = action,
            ArticleId = articleId,
            SpanId = spanId,
            VerdictId = verdictId,
            Before = changes.Before,
            After = changes.After,
        });

    /// The public properties whose values differ between two records of the same type.
    internal static (Dictionary<string, string?> Before, Dictionary<string, string?> After) Changes<T>(T? before, T after)
        where T : class
    {
        var old = new Dictionary<string, string?>();
        var @new = new Dictionary<string, string?>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is "Version" or "UpdatedAt" or "CreatedAt" or "IsHandedIn")
                continue;
            var a = before is null ? null : Format(property.GetValue(before));
            var b = Format(property.GetValue(after));
            if (a != b)
            {
                old[property.Name] = a;
                @new[property.Name] = b;
            }
        }
        return (old, @new);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
