using FactCheck.Web;
using FactCheck.Web.Components;
using FactCheck.Web.Extensions;
using FactCheck.Web.Features.Articles;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

var maxArticleBytes = builder.Configuration.GetValue($"{FactCheckOptions.Section}:{nameof(FactCheckOptions.MaxArticleBytes)}", new FactCheckOptions().MaxArticleBytes);
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    // A pasted article travels to the server in one SignalR message; leave room for a paste over the
    // limit so the form can say it is too long instead of the connection dropping.
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = Math.Max(8L * 1024 * 1024, 4L * maxArticleBytes));
builder.Services.AddMudServices();
builder.Services.AddFactCheck(builder.Configuration);

var app = builder.Build();

// Also in Development: users see a friendly error page, never a stack trace.
app.UseExceptionHandler("/Error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Services.GetRequiredService<SampleSeeder>().SeedIfEmpty();
app.Logger.LogInformation("Database: {Path}", Path.GetFullPath(app.Services.GetRequiredService<IOptions<FactCheckOptions>>().Value.Database));

app.Run();
