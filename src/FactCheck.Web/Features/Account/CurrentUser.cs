using System.Security.Claims;
using FactCheck.Core.Accounts;

namespace FactCheck.Web.Features.Account;

/// The signed-in user as the app needs it, read from the authentication cookie's claims.
public sealed record CurrentUser(int Id, string UserName, string DisplayName, Role Role)
{
    public const string DisplayNameClaim = "factcheck:display_name";

    public bool Can(Role required) => Role.Includes(required);

    public static ClaimsPrincipal ToPrincipal(UserAccount user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(DisplayNameClaim, user.DisplayName),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
        ],
        authenticationType: "FactCheck"));

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return null;
        var id = int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : 0;
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? "";
        var role = Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), out var r) ? r : Role.FactChecker;
        return new CurrentUser(id, name, principal.FindFirstValue(DisplayNameClaim) ?? name, role);
    }
}
