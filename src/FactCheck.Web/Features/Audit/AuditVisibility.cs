using FactCheck.Core.Accounts;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Account;

namespace FactCheck.Web.Features.Audit;

/// Which audit entries a user may read. In a blind double check a checker must not learn the other
/// checker's rating, and the history of that verdict would tell them; editors see everything.
public static class AuditVisibility
{
    public static IReadOnlyList<AuditEntry> For(IReadOnlyList<AuditEntry> entries, IEnumerable<Verdict> verdicts, CurrentUser user, DeskSettings settings)
    {
        if (!settings.BlindDoubleCheck || user.Can(Role.Editor))
            return entries;
        var othersVerdicts = verdicts
            .Where(v => !string.Equals(v.Checker, user.UserName, StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Id)
            .ToHashSet();
        return entries.Where(e => e.VerdictId is not { } id || !othersVerdicts.Contains(id)).ToArray();
    }
}
