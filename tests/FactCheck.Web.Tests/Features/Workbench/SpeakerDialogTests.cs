using Bunit;
using FactCheck.Core.Quotes;
using FactCheck.Web.Features.Workbench;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Workbench;

public class SpeakerDialogTests : WebTestContext
{
    private static readonly Speaker[] Known =
    [
        new("Claudia Sheinbaum", IsNamed: true, "President"),
        new("Maria Lopez", IsNamed: true, "director", "the Riverside Tenants Union"),
    ];

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> Open(Speaker? current = null)
    {
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<SpeakerDialog> { { d => d.Known, Known }, { d => d.Current, current } };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Services.GetRequiredService<IDialogService>().ShowAsync<SpeakerDialog>("Speaker", parameters));
        return (provider, dialog!);
    }

    private static async Task<DialogResult> ResultOf(IDialogReference dialog) =>
        (await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken))!;

    private static void TypeName(IRenderedComponent<MudDialogProvider> provider, string name)
    {
        provider.Find("input[data-testid=speaker-name]").Input(name);
        provider.Find("input[data-testid=speaker-name]").Blur();
    }

    [Fact]
    public async Task Ok_NewNameAndRole_ReturnsThatSpeaker()
    {
        var (provider, dialog) = await Open();

        TypeName(provider, "Priya Raman");
        provider.Find("input[data-testid=speaker-role]").Change("transport economist");
        provider.Find("[data-testid=speaker-ok]").Click();

        var result = await ResultOf(dialog);
        Assert.False(result.Canceled);
        Assert.Equal(new Speaker("Priya Raman", IsNamed: true, "transport economist"), result.Data);
    }

    [Fact]
    public async Task Ok_KnownSpeakerPicked_ReturnsItWithItsRoleAndOrganisation()
    {
        var popovers = Render<MudPopoverProvider>();
        var (provider, dialog) = await Open();

        provider.Find("input[data-testid=speaker-name]").Input("lop");
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == "Maria Lopez"));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == "Maria Lopez").Click();
        provider.WaitForAssertion(() => Assert.Equal("Maria Lopez", provider.Find("input[data-testid=speaker-name]").GetAttribute("value")));
        provider.Find("[data-testid=speaker-ok]").Click();

        Assert.Equal(Known[1], (await ResultOf(dialog)).Data);
    }

    [Fact]
    public async Task Ok_KnownNameTypedInLowerCase_ReturnsTheKnownSpeaker()
    {
        var (provider, dialog) = await Open();

        TypeName(provider, "  maria lopez ");
        provider.Find("[data-testid=speaker-ok]").Click();

        Assert.Equal(Known[1], (await ResultOf(dialog)).Data);
    }

    [Fact]
    public async Task Ok_DescriptionInsteadOfAName_IsNotTakenForAName()
    {
        var (provider, dialog) = await Open();

        TypeName(provider, "a cartel leader");
        provider.Find("[data-testid=speaker-ok]").Click();

        Assert.Equal(new Speaker("a cartel leader", IsNamed: false), (await ResultOf(dialog)).Data);
    }

    [Fact]
    public async Task Ok_NameLeftEmpty_ReturnsNoSpeaker()
    {
        // The dialog says to leave the name empty when the article does not say who spoke.
        var (provider, dialog) = await Open(Known[0]);

        TypeName(provider, "   ");
        provider.Find("[data-testid=speaker-ok]").Click();

        var result = await ResultOf(dialog);
        Assert.False(result.Canceled);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task Cancel_ReturnsNothing()
    {
        var (provider, dialog) = await Open(Known[0]);

        TypeName(provider, "Someone Else");
        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        Assert.True((await ResultOf(dialog)).Canceled);
    }

    [Fact]
    public async Task Dialog_CurrentSpeaker_IsFilledIn()
    {
        var (provider, _) = await Open(Known[0]);

        Assert.Equal("Claudia Sheinbaum", provider.Find("input[data-testid=speaker-name]").GetAttribute("value"));
        Assert.Equal("President", provider.Find("input[data-testid=speaker-role]").GetAttribute("value"));
        Assert.Contains("Leave empty if the article does not say.", provider.Find("[data-testid=speaker-dialog]").TextContent);
    }

    [Fact]
    public async Task Ok_NothingChanged_KeepsTheEnginesEvidenceForTheSpeaker()
    {
        var current = new Speaker("Claudia Sheinbaum", IsNamed: true, "President", null, new Core.Text.TextSpan(10, 10), "said", new Core.Text.TextSpan(21, 4));
        var (provider, dialog) = await Open(current);

        provider.Find("[data-testid=speaker-ok]").Click();

        Assert.Equal(current, (await ResultOf(dialog)).Data);
    }

    [Fact]
    public async Task Ok_OnlyTheRoleChanged_KeepsTheMentionAndCue()
    {
        var current = new Speaker("Claudia Sheinbaum", IsNamed: true, "President", null, new Core.Text.TextSpan(10, 10), "said", new Core.Text.TextSpan(21, 4));
        var (provider, dialog) = await Open(current);

        provider.Find("input[data-testid=speaker-role]").Change("President of Mexico");
        provider.Find("[data-testid=speaker-ok]").Click();

        Assert.Equal(current with { Role = "President of Mexico" }, (await ResultOf(dialog)).Data);
    }
}
