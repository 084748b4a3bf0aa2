using Bunit;
using FactCheck.Core.Evidence;
using FactCheck.Web.Features.Workbench;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Workbench;

public class SnapshotDialogTests : WebTestContext
{
    private static readonly DateTime Retrieved = new(2025, 3, 14, 8, 30, 0, DateTimeKind.Utc);

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> Open(PageSnapshot snapshot)
    {
        var provider = Render<MudDialogProvider>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Services.GetRequiredService<IDialogService>()
            .ShowAsync<SnapshotDialog>("Kept copy", new DialogParameters<SnapshotDialog> { { d => d.Snapshot, snapshot } }));
        return (provider, dialog!);
    }

    [Fact]
    public async Task Dialog_Snapshot_ShowsItsTextAddressHashAndRetrievalTime()
    {
        var snapshot = PageSnapshot.Create("https://valley-ledger.example/local/road-budget", "Road budget", "The council cut the road repair budget by 12%.", Retrieved);

        var (provider, _) = await Open(snapshot);

        Assert.Equal("The council cut the road repair budget by 12%.", provider.Find(".fc-snapshot-text").TextContent);
        var caption = provider.Find("[data-testid=snapshot-dialog] .mud-typography-caption").TextContent;
        Assert.Contains("Fetched from https://valley-ledger.example/local/road-budget on 2025-03-14 08:30 UTC", caption);
        Assert.Contains($"SHA-256 {PageSnapshot.HashOf("The council cut the road repair budget by 12%.")}", caption);
    }

    [Fact]
    public async Task Dialog_PageTextWithMarkup_ShowsTheMarkupAsText()
    {
        const string text = "<script>alert('kept')</script><b>Not bold</b> <img src=x onerror=alert(1)>";

        var (provider, _) = await Open(PageSnapshot.Create("https://example.org/page", null, text, Retrieved));

        var shown = provider.Find(".fc-snapshot-text");
        Assert.Equal(text, shown.TextContent);
        Assert.Empty(shown.Children);
    }

    [Fact]
    public async Task Close_ClosesTheDialog()
    {
        var (provider, dialog) = await Open(PageSnapshot.Create("https://example.org/page", null, "Text.", Retrieved));

        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Close").Click();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=snapshot-dialog]")));
    }
}
