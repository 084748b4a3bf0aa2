using Bunit;
using FactCheck.Core.Accounts;
using FactCheck.Storage;
using FactCheck.Web.Features.Admin;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Admin;

public class UsersPageTests : EditorialTestContext
{
    private IRenderedComponent<UsersPage> RenderPage()
    {
        SignIn(Admin);
        return Render<UsersPage>();
    }

    private static string[] UserNames(IRenderedComponent<UsersPage> cut) =>
        cut.FindAll("[data-testid=user-name]").Select(e => e.TextContent.Trim()).ToArray();

    [Fact]
    public void UsersPage_ListsEveryAccount()
    {
        var cut = RenderPage();

        Assert.Equal(["ada", "casey", "eddie", "robin"], UserNames(cut));
    }

    [Fact]
    public void AddUser_ValidInput_CreatesTheAccountWhichCanSignIn()
    {
        var cut = RenderPage();

        cut.Find("input[data-testid=new-user-name]").Change("sam");
        cut.Find("input[data-testid=new-display-name]").Change("Sam Second");
        cut.Find("input[data-testid=new-password]").Change("a long enough password");
        cut.Find("[data-testid=add-user-submit]").Click();

        Assert.Contains("sam", UserNames(cut));
        Assert.Equal(SignInOutcome.Succeeded, Users.CheckPassword("sam", "a long enough password", DateTime.UtcNow).Outcome);
    }

    [Fact]
    public void AddUser_TakenNameAndShortPassword_ShowsTheStoresMessage()
    {
        var cut = RenderPage();

        cut.Find("input[data-testid=new-user-name]").Change("CASEY");
        cut.Find("input[data-testid=new-password]").Change("a long enough password");
        cut.Find("[data-testid=add-user-submit]").Click();
        Assert.Equal("The user name CASEY is taken.", cut.Find("[data-testid=add-user-error]").TextContent);

        cut.Find("input[data-testid=new-user-name]").Change("newbie");
        cut.Find("input[data-testid=new-password]").Change("short");
        cut.Find("[data-testid=add-user-submit]").Click();
        Assert.Equal("Password must be at least 8 characters.", cut.Find("[data-testid=add-user-error]").TextContent);
    }

    [Fact]
    public async Task ChangeRole_CheckerToEditor_IsStored()
    {
        var cut = RenderPage();
        var row = Array.IndexOf(UserNames(cut), "casey");
        var caseyRole = cut.FindComponents<MudSelect<Role>>().Where(s => s.Instance.Label is null).ElementAt(row);

        await cut.InvokeAsync(() => caseyRole.Instance.ValueChanged.InvokeAsync(Role.Editor));

        Assert.Equal(Role.Editor, Users.Find("casey")!.Role);
    }

    [Fact]
    public void Deactivate_AChecker_CannotSignInAndShowsAsDeactivated()
    {
        var cut = RenderPage();
        var row = Array.IndexOf(UserNames(cut), "casey");

        cut.FindAll("[data-testid=user-toggle-active]")[row].Click();

        Assert.False(Users.Find("casey")!.IsActive);
        Assert.Contains("Deactivated", cut.FindAll("[data-testid=user-status]")[row].TextContent);
        Assert.Equal(SignInOutcome.Failed, Users.CheckPassword("casey", "correct horse battery", DateTime.UtcNow).Outcome);
    }

    [Fact]
    public void OwnAccount_RoleAndDeactivationAreDisabled()
    {
        var cut = RenderPage();
        var row = Array.IndexOf(UserNames(cut), "ada");

        Assert.True(cut.FindAll("[data-testid=user-toggle-active]")[row].HasAttribute("disabled"));
    }

    [Fact]
    public void ResetPassword_NewPassword_WorksForSignIn()
    {
        var cut = RenderPage();
        var row = Array.IndexOf(UserNames(cut), "eddie");

        cut.FindAll("[data-testid=user-reset]")[row].Click();
        cut.Find("input[data-testid=reset-password-value]").Change("brand new secret");
        cut.Find("[data-testid=reset-password-submit]").Click();

        Assert.Empty(cut.FindAll("[data-testid=reset-password]"));
        Assert.Equal(SignInOutcome.Succeeded, Users.CheckPassword("eddie", "brand new secret", DateTime.UtcNow).Outcome);
    }

    [Fact]
    public void ResetPassword_TooShort_SaysWhyAndKeepsTheOldOne()
    {
        var cut = RenderPage();

        cut.FindAll("[data-testid=user-reset]")[0].Click();
        cut.Find("input[data-testid=reset-password-value]").Change("short");
        cut.Find("[data-testid=reset-password-submit]").Click();

        Assert.Equal("Password must be at least 8 characters.", cut.Find("[data-testid=reset-password-error]").TextContent);
    }
}
