using FactCheck.Core.Accounts;

namespace FactCheck.Storage.Tests;

public class UserStoreTests : IDisposable
{
    private const string Password = "long enough secret";
    private static readonly DateTime Now = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _temp = new();

    private UserStore Store => new(_temp.Db);

    [Fact]
    public void Create_User_CanSignInAfterReopeningAndThePasswordIsNotStoredInClear()
    {
        Store.Create("Casey", "Casey Checker", Role.FactChecker, Password, Now);
        _temp.Reopen();

        var result = Store.CheckPassword("casey", Password, Now);

        Assert.Equal(SignInOutcome.Succeeded, result.Outcome);
        Assert.Equal(("Casey", "Casey Checker", Role.FactChecker), (result.User!.UserName, result.User.DisplayName, result.User.Role));
        _temp.Db.Dispose();
        Assert.DoesNotContain(Password, File.ReadAllText(_temp.Path, System.Text.Encoding.Latin1));
        _temp.Reopen();
    }

    [Fact]
    public void CheckPassword_WrongPassword_Fails()
    {
        Store.Create("casey", null, Role.FactChecker, Password, Now);

        Assert.Equal(SignInOutcome.Failed, Store.CheckPassword("casey", "not the password", Now).Outcome);
        Assert.Equal(SignInOutcome.Failed, Store.CheckPassword("nobody", Password, Now).Outcome);
    }

    [Fact]
    public void CheckPassword_FiveWrongInARow_LocksForFifteenMinutesEvenWithTheRightPassword()
    {
        Store.Create("casey", null, Role.FactChecker, Password, Now);

        var results = Enumerable.Range(1, 5).Select(i => Store.CheckPassword("casey", $"wrong {i}", Now.AddSeconds(i))).ToArray();

        Assert.All(results[..4], r => Assert.Equal(SignInOutcome.Failed, r.Outcome));
        Assert.Equal(SignInOutcome.LockedOut, results[4].Outcome);
        Assert.Equal(Now.AddSeconds(5) + AccountRules.LockoutDuration, results[4].LockedUntil);
        Assert.Equal(SignInOutcome.LockedOut, Store.CheckPassword("casey", Password, Now.AddMinutes(14)).Outcome);
        Assert.Equal(SignInOutcome.Succeeded, Store.CheckPassword("casey", Password, Now.AddMinutes(16)).Outcome);
    }

    [Fact]
    public void CheckPassword_SuccessInBetween_ResetsTheFailureCount()
    {
        Store.Create("casey", null, Role.FactChecker, Password, Now);
        for (var i = 0; i < 4; i++)
            Store.CheckPassword("casey", "wrong", Now);

        Store.CheckPassword("casey", Password, Now);
        var afterFourMore = Enumerable.Range(0, 4).Select(_ => Store.CheckPassword("casey", "wrong", Now)).Last();

        Assert.Equal(SignInOutcome.Failed, afterFourMore.Outcome);
    }

    [Fact]
    public void CheckPassword_DeactivatedUser_Fails()
    {
        Store.Create("admin", null, Role.Admin, Password, Now);
        Store.Create("casey", null, Role.FactChecker, Password, Now);

        Assert.Null(Store.SetActive("casey", false));

        Assert.Equal(SignInOutcome.Failed, Store.CheckPassword("casey", Password, Now).Outcome);
    }

    [Theory]
    [InlineData("", Password, "User name is required.")]
    [InlineData("bad name!", Password, "User name may contain only letters, digits and . _ - @")]
    [InlineData("casey", "short", "Password must be at least 8 characters.")]
    public void Create_InvalidInput_IsRefusedWithAReason(string userName, string password, string error)
    {
        var (user, message) = Store.Create(userName, null, Role.FactChecker, password, Now);

        Assert.Null(user);
        Assert.Equal(error, message);
        Assert.False(Store.Any());
    }

    [Fact]
    public void Create_TakenNameInAnotherCase_IsRefused()
    {
        Store.Create("casey", null, Role.FactChecker, Password, Now);

        var (user, message) = Store.Create("CASEY", null, Role.Editor, Password, Now);

        Assert.Null(user);
        Assert.Equal("The user name CASEY is taken.", message);
    }

    [Fact]
    public void CreateFirstAdmin_WhenAUserExists_IsRefused()
    {
        Assert.NotNull(Store.CreateFirstAdmin("first", null, Password, Now).User);

        var (second, message) = Store.CreateFirstAdmin("second", null, Password, Now);

        Assert.Null(second);
        Assert.Contains("already complete", message);
        Assert.Single(Store.List());
    }

    [Fact]
    public void SetRole_LastActiveAdmin_CannotBeDemotedOrDeactivated()
    {
        Store.Create("ada", null, Role.Admin, Password, Now);

        Assert.Equal("This is the last active admin; make another user admin first.", Store.SetRole("ada", Role.Editor));
        Assert.Equal("This is the last active admin; make another user admin first.", Store.SetActive("ada", false));
        Assert.Equal(Role.Admin, Store.Find("ada")!.Role);
    }

    [Fact]
    public void ResetPassword_ClearsALockout()
    {
        Store.Create("casey", null, Role.FactChecker, Password, Now);
        for (var i = 0; i < 5; i++)
            Store.CheckPassword("casey", "wrong", Now);

        Assert.Null(Store.ResetPassword("casey", "a brand new secret"));

        Assert.Equal(SignInOutcome.Succeeded, Store.CheckPassword("casey", "a brand new secret", Now).Outcome);
    }

    public void Dispose() => _temp.Dispose();
}
