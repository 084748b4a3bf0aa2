using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Storage;
using FactCheck.Web.Features.Revisions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Revisions;

public class ImportRevisionDialogTests : RevisionTestContext
{
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> Open(int articleId)
    {
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<ImportRevisionDialog>
        {
            { d => d.ArticleId, articleId },
            { d => d.CurrentRevision, 1 },
            { d => d.User, Checker },
        };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Services.GetRequiredService<IDialogService>().ShowAsync<ImportRevisionDialog>("Import", parameters));
        return (provider, dialog!);
    }

    [Fact]
    public async Task ImportRevisionDialog_EditedTextPasted_StoresTheRevisionAndClosesWithTheReport()
    {
        var id = ImportHarbor();
        var (provider, dialog) = await Open(id);

        provider.Find("textarea[data-testid=revision-text]").Change(Version2);
        provider.Find("[data-testid=revision-submit]").Click();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
        var report = Assert.IsType<RevisionReport>(result!.Data);
        Assert.Equal(2, report.Revision!.Number);
        Assert.Equal("Casey Checker", report.Revision.ImportedBy);
        Assert.Equal(Version2, Articles.Find(id)!.Text);
        Assert.True(report.FoundShare >= 0.95);
    }

    [Fact]
    public async Task ImportRevisionDialog_EmptyText_ShowsWhyAndStoresNothing()
    {
        var id = ImportHarbor();
        var (provider, _) = await Open(id);

        provider.Find("[data-testid=revision-submit]").Click();

        provider.WaitForAssertion(() => Assert.Contains("Text is required.", provider.Markup));
        Assert.Equal(1, Articles.Find(id)!.Revision);
    }

    [Fact]
    public async Task ImportRevisionDialog_SameText_SaysThereIsNothingToImport()
    {
        var id = ImportHarbor();
        var (provider, _) = await Open(id);

        provider.Find("textarea[data-testid=revision-text]").Change(Version1);
        provider.Find("[data-testid=revision-submit]").Click();

        provider.WaitForAssertion(() => Assert.Contains("same as the current version", provider.Markup));
        Assert.Single(Revisions.History(id));
    }

    [Fact]
    public async Task ImportRevisionDialog_AnotherInputRegistered_OffersItAsATab()
    {
        Services.AddSingleton(new RevisionInputOption("From a URL", typeof(FakeUrlInput), 2));
        var id = ImportHarbor();
        var (provider, dialog) = await Open(id);

        Assert.Contains("From a URL", provider.Find("[data-testid=revision-inputs]").TextContent);
        provider.FindAll(".mud-tab")[1].Click();
        provider.Find("[data-testid=fake-url-submit]").Click();

        var report = Assert.IsType<RevisionReport>((await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken))!.Data);
        Assert.Equal(RevisionOrigin.Url, report.Revision!.Origin);
        Assert.Equal("https://example.org/harbor", report.Revision.Source);
    }

    /// Stands in for the URL import a colleague is building: it hands over a fixed text.
    private sealed class FakeUrlInput : RevisionInputBase
    {
        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "data-testid", "fake-url-submit");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create(this, () => Submitted.InvokeAsync(new RevisionInput(Version2, RevisionOrigin.Url, "https://example.org/harbor"))));
            builder.CloseElement();
        }
    }
}
