using FactCheck.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Binding a form value makes the endpoint require a valid antiforgery token.
        app.MapPost("/account/logout", async (HttpContext http, [FromForm] string? returnUrl) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/login");
        });
    }

    /// Keeps a signed-in browser in step with the database: a deactivated user is signed out and a
    /// changed role takes effect on the next request.
    public static async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var current = context.Principal is { } principal ? CurrentUser.From(principal) : null;
        var user = current is null ? null : context.HttpContext.RequestServices.GetRequiredService<UserStore>().Find(current.UserName);
        if (user is null || !user.IsActive)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        else if (user.Role != current!.Role || user.DisplayName != current.DisplayName)
        {
            context.ReplacePrincipal(CurrentUser.ToPrincipal(user));
            context.ShouldRenew = true;
        }
    }
}
