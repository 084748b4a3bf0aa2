using Bunit;
using FactCheck.Web.Features.Admin;

namespace FactCheck.Web.Tests.Features.Admin;

public class DeskSettingsPageTests : EditorialTestContext
{
    [Fact]
    public void Save_ChangedSettings_StoredAndShownInTheDeskHistory()
    {
        SignIn(Admin);
        var cut = Render<DeskSettingsPage>();

        cut.Find("input[data-testid=setting-blind]").Change(true);
        cut.Find("input[data-testid=setting-org-name]").Change("Harbor Fact Desk");
        cut.Find("input[data-testid=setting-org-url]").Change("https://facts.example.org");
        cut.Find("[data-testid=settings-save]").Click();

        var settings = Settings.Get();
        Assert.Equal((true, "Harbor Fact Desk", "https://facts.example.org"), (settings.BlindDoubleCheck, settings.OrganizationName, settings.OrganizationUrl));
        Assert.Contains("Blind double check:", cut.Find("[data-testid=audit-entry]").TextContent);
    }

    [Fact]
    public void Save_BadUrlAndNoName_ShowsBothProblemsAndSavesNothing()
    {
        SignIn(Admin);
        var cut = Render<DeskSettingsPage>();

        cut.Find("input[data-testid=setting-org-name]").Change("  ");
        cut.Find("input[data-testid=setting-org-url]").Change("facts.example.org");
        cut.Find("[data-testid=settings-save]").Click();

        Assert.Contains("Give the full address, starting with https:// or http://.", cut.Markup);
        Assert.Contains("The organisation's name is required", cut.Markup);
        Assert.Equal("FactCheck Desk", Settings.Get().OrganizationName);
    }
}
