using FactCheck.Core.Review;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage.Desk;

/// Lists of verdicts for the review queue and a checker's own work, from the desk snapshot, and the
/// full rows for the page of them that is on screen.
public sealed class VerdictLists(FactCheckDb db, DeskFacts facts)
{
    /// Verdicts with <paramref name="status"/> in working order: what has waited longest first for the
    /// statuses an editor acts on, most recent first for the others.
    public IReadOnlyList<VerdictFact> WithStatus(VerdictStatus status)
    {
        var verdicts = facts.Current().Verdicts.Where(v => v.Status == status);
        return (status switch
        {
            VerdictStatus.Submitted => verdicts.OrderBy(v => v.SubmittedAt ?? v.UpdatedAt),
            VerdictStatus.Approved => verdicts.OrderBy(v => v.ReviewedAt ?? v.UpdatedAt),
            _ => verdicts.OrderByDescending(v => v.UpdatedAt),
        }).ThenBy(v => v.Id).ToArray();
    }

    /// How many verdicts have each status.
    public IReadOnlyDictionary<VerdictStatus, int> CountByStatus() =>
        facts.Current().Verdicts.GroupBy(v => v.Status).ToDictionary(g => g.Key, g => g.Count());

    /// <paramref name="userName"/>'s verdicts, most recently changed first; all of them when <paramref name="status"/> is null.
    public IReadOnlyList<VerdictFact> ForChecker(string userName, VerdictStatus? status = null) =>
        facts.Current().Verdicts
            .Where(v => string.Equals(v.Checker, userName, StringComparison.OrdinalIgnoreCase) && (status is null || v.Status == status))
            .OrderByDescending(v => v.UpdatedAt)
            .ThenByDescending(v => v.Id)
            .ToArray();

    public IReadOnlyDictionary<VerdictStatus, int> CountForChecker(string userName) =>
        facts.Current().Verdicts
            .Where(v => string.Equals(v.Checker, userName, StringComparison.OrdinalIgnoreCase))
            .GroupBy(v => v.Status)
            .ToDictionary(g => g.Key, g => g.Count());

    /// The full rows of <paramref name="verdicts"/> (a page of a list), read from the database.
    public IReadOnlyList<DeskRow> Rows(IEnumerable<VerdictFact> verdicts)
    {
        var snapshot = facts.Current();
        var rows = new List<DeskRow>();
        foreach (var fact in verdicts)
        {
            if (db.Verdicts.FindById(fact.Id) is not { } verdict)
                continue;
            rows.Add(new DeskRow(verdict.ToModel(), snapshot.Article(verdict.ArticleId), db.Spans.FindById(verdict.SpanId)?.ToModel()));
        }
        return rows;
    }
}
