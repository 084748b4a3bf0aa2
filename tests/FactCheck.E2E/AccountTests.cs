using static Microsoft.Playwright.Assertions;

namespace FactCheck.E2E;

[Collection(E2ECollection.Name)]
public class AccountTests(AppFixture app)
{
    [Fact]
    public async Task Anonymous_VisitingAPage_IsSentToSignInAndBackAfterwards()
    {
        var (page, problems) = await app.NewPageAsync(userName: null);

        await page.GotoAsync(app.BaseUrl + "/articles/new");
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/login?ReturnUrl=%2Farticles%2Fnew");
        await page.GetByTestId("login-username").FillAsync("editor");
        await page.GetByTestId("login-password").FillAsync(AppFixture.Password);
        await page.GetByTestId("login-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/articles/new");
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("Eddie Editor · Editor");
        problems.AssertNone();
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        const string userName = "lockme";
        var users = (FactCheck.Storage.UserStore)app.Services.GetService(typeof(FactCheck.Storage.UserStore))!;
        users.Create(userName, "Lock Me", Core.Accounts.Role.FactChecker, AppFixture.Password, DateTime.UtcNow);
        var (page, _) = await app.NewPageAsync(userName: null);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GotoAsync(app.BaseUrl + "/login");
            await page.GetByTestId("login-username").FillAsync(userName);
            await page.GetByTestId("login-password").FillAsync($"wrong password {attempt}");
            await page.GetByTestId("login-submit").ClickAsync();
            if (attempt < 5)
                await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("Wrong user name or password.");
        }
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("locked after 5 failed sign-ins");

        await page.GotoAsync(app.BaseUrl + "/login");
        await page.GetByTestId("login-username").FillAsync(userName);
        await page.GetByTestId("login-password").FillAsync(AppFixture.Password);
        await page.GetByTestId("login-submit").ClickAsync();

        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("Try again in 15 minutes");
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/login");
        await page.ScreenshotAsync(new() { Path = AppFixture.ScreenshotPath("login-locked") });
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var (page, problems) = await app.NewPageAsync("checker2");
        await app.GotoAsync(page, "/");

        await page.GetByTestId("sign-out").ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/login");
        await page.GotoAsync(app.BaseUrl + "/");
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/login?ReturnUrl=%2F");
        problems.AssertNone();
    }
}
