using FactCheck.Core.Accounts;

namespace FactCheck.Web.Features.Account;

/// Role lists for [Authorize(Roles = ...)]: each role includes the rights of the ones below it.
public static class Roles
{
    public const string Checkers = nameof(Role.FactChecker) + "," + nameof(Role.Editor) + "," + nameof(Role.Admin);
    public const string Editors = nameof(Role.Editor) + "," + nameof(Role.Admin);
    public const string Admins = nameof(Role.Admin);
}
