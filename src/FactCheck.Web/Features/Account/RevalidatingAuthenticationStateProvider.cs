using FactCheck.Storage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace FactCheck.Web.Features.Account;

/// A live circuit re-checks its user every minute, so a deactivated account or a changed role does not
/// linger in an open workbench for the whole session.
public sealed class RevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, UserStore users)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var current = CurrentUser.From(authenticationState.User);
        var user = current is null ? null : users.Find(current.UserName);
        return Task.FromResult(user is { IsActive: true } && user.Role == current!.Role);
    }
}
