using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FactCheck.E2E;

/// The admin pages in a real browser: each opens with its data and without console errors, and a change made on
/// one is kept after a reload.
[Collection(E2ECollection.Name)]
public class AdminPagesTests(AppFixture app)
{
    [Fact]
    public async Task AdminPages_OpenWithTheirData_AndADeskSettingIsKept()
    {
        var (page, problems) = await app.NewPageAsync("admin");

        await app.GotoAsync(page, "/admin/users");
        var users = page.GetByTestId("users-table");
        foreach (var name in new[] { "checker", "checker2", "editor", "admin" })
            await Expect(users.GetByTestId("user-name").GetByText(name, new() { Exact = true })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("admin-users"), FullPage = true });

        await app.GotoAsync(page, "/admin/scales");
        await Expect(page.GetByTestId("scale-item")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("scale-list")).ToContainTextAsync("Pinocchio");
        await page.GetByTestId("scale-item").Filter(new() { HasText = "Pinocchio" }).ClickAsync();
        await Expect(page.GetByTestId("rating-label").First).ToHaveValueAsync("Geppetto checkmark");
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("admin-scales"), FullPage = true });

        await app.GotoAsync(page, "/admin/settings");
        var organization = page.GetByTestId("setting-org-name");
        var before = await organization.InputValueAsync();
        try
        {
            await organization.FillAsync("Gazette Fact Desk");
            await page.GetByTestId("settings-save").ClickAsync();
            await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("saved", new() { IgnoreCase = true });
            await page.ReloadAsync();
            await Expect(page.GetByTestId("setting-org-name")).ToHaveValueAsync("Gazette Fact Desk");
            await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("admin-settings"), FullPage = true });
        }
        finally
        {
            await page.GetByTestId("setting-org-name").FillAsync(before);
            await page.GetByTestId("settings-save").ClickAsync();
        }
        problems.AssertNone();
    }
}
