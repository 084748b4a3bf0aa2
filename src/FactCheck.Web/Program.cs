using FactCheck.Web;
using FactCheck.Web.Components;
using FactCheck.Web.Extensions;
using FactCheck.Web.Features.Account;
using FactCheck.Web.Features.Api;
using FactCheck.Web.Features.Articles;
using FactCheck.Web.Features.Backup;
using FactCheck.Web.Features.Export;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

var maxArticleBytes = builder.Configuration.GetValue($"{FactCheckOptions.Section}:{nameof(FactCheckOptions.MaxArticleBytes)}", new FactCheckOptions().MaxArticleBytes);
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    // A pasted article travels to the server in one SignalR message; leave room for a paste over the
    // limit so the form can say it is too long instead of the connection dropping.
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = Math.Max(8L * 1024 * 1024, 4L * maxArticleBytes));
builder.Services.AddMudServices();

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/login";
        options.AccessDeniedPath = "/access-denied";
        options.Cookie.Name = "FactCheck.Auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        // Checkers work long days: a session lasts a working day and slides while in use.
        options.ExpireTimeSpan = TimeSpan.FromHours(10);
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = AccountEndpoints.ValidatePrincipal;
    });
builder.Services.AddAuthorization(options =>
{
    // Every page and endpoint needs a signed-in user unless it says otherwise ([AllowAnonymous]).
    options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
});
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
builder.Services.AddFactCheck(builder.Configuration);

var app = builder.Build();

// Also in Development: users see a friendly error page, never a stack trace.
app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapAccountEndpoints();
app.MapVerdictApi();
app.MapExportEndpoints();
app.MapBackupEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Services.GetRequiredService<SampleSeeder>().SeedIfEmpty();
app.Services.GetRequiredService<AdminBootstrapper>().CreateFromConfigurationIfNoUsers();
var database = app.Services.GetRequiredService<FactCheck.Storage.FactCheckDb>();
app.Logger.LogInformation("Database: {Path} (schema {Version}{Migrations})", database.FilePath, database.SchemaVersion,
    database.Migrations.Count == 0 ? "" : "; migrated: " + string.Join("; ", database.Migrations));

app.Run();
