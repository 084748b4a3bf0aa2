using Bunit;
using FactCheck.Web.Features.Workbench;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Workbench;

public class ShortcutsDialogTests : WebTestContext
{
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> Open()
    {
        var provider = Render<MudDialogProvider>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Services.GetRequiredService<IDialogService>().ShowAsync<ShortcutsDialog>("Keyboard shortcuts"));
        return (provider, dialog!);
    }

    private static (string Keys, string What)[] Rows(IRenderedComponent<MudDialogProvider> provider) =>
        provider.FindAll("[data-testid=shortcuts-dialog] tr")
            .Select(r => (r.QuerySelector("kbd")!.TextContent.Trim(), r.QuerySelectorAll("td")[1].TextContent.Trim()))
            .ToArray();

    // The keys workbench.js handles, and what each does.
    [Theory]
    [InlineData("j / k", "Next / previous claim or quote")]
    [InlineData("Enter", "Go to the open span's verdict form")]
    [InlineData("a", "Accept the suggestion")]
    [InlineData("r", "Dismiss the suggestion (not check-worthy)")]
    [InlineData("c", "Mark the selected text as a claim")]
    [InlineData("q", "Mark the selected text as a quote")]
    [InlineData("1 – 9", "Pick a rating")]
    [InlineData("Ctrl + S", "Save the verdict draft")]
    [InlineData("Esc", "Close the panel")]
    [InlineData("?", "This list")]
    public async Task Dialog_ListsTheShortcut(string keys, string what)
    {
        var (provider, _) = await Open();

        Assert.Contains((keys, what), Rows(provider));
    }

    [Fact]
    public async Task Dialog_ListsEachKeyOnce()
    {
        var (provider, _) = await Open();

        var keys = Rows(provider).Select(r => r.Keys).ToArray();
        Assert.Equal(10, keys.Length);
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public async Task Close_ClosesTheDialog()
    {
        var (provider, dialog) = await Open();

        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Close").Click();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=shortcuts-dialog]")));
    }
}
