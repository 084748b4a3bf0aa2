using FactCheck.Core.Accounts;
using FactCheck.Storage.Documents;
using Microsoft.AspNetCore.Identity;

namespace FactCheck.Storage;

/// Users, their hashed passwords and lockout state.
public sealed class UserStore(FactCheckDb db)
{
    private static readonly PasswordHasher<UserDocument> Hasher = new();

    public bool Any() => db.Users.Count() > 0;

    public IReadOnlyList<UserAccount> List() =>
        db.Users.FindAll().OrderBy(u => u.NormalizedUserName).Select(u => u.ToModel()).ToArray();

    public UserAccount? Find(string userName) =>
        db.Users.FindOne(u => u.NormalizedUserName == Normalize(userName))?.ToModel();

    /// Creates a user; returns the problems with the input instead when there are any.
    public (UserAccount? User, string? Error) Create(string userName, string? displayName, Role role, string password, DateTime now) =>
        db.InTransaction(() => CreateInTransaction(userName, displayName, role, password, now));

    /// Creates the first admin only while there are no users at all, so a second setup cannot race the first.
    public (UserAccount? User, string? Error) CreateFirstAdmin(string userName, string? displayName, string password, DateTime now) =>
        db.InTransaction(() => db.Users.Count() > 0
            ? (null, "Setup is already complete: an account exists. Sign in instead.")
            : CreateInTransaction(userName, displayName, Role.Admin, password, now));

    public SignInResult CheckPassword(string userName, string password, DateTime now) => db.InTransaction(() =>
    {
        var user = db.Users.FindOne(u => u.NormalizedUserName == Normalize(userName));
        if (user is null || !user.IsActive || string.IsNullOrEmpty(password) || password.Length > AccountRules.MaxPasswordLength)
            return new SignInResult(SignInOutcome.Failed);
        if (user.LockedUntil is { } until && until > now)
            return new SignInResult(SignInOutcome.LockedOut, LockedUntil: until);

        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedAttempts++;
            if (user.FailedAttempts >= AccountRules.MaxFailedAttempts)
            {
                user.FailedAttempts = 0;
                user.LockedUntil = (now + AccountRules.LockoutDuration).ToStoredPrecision();
            }
            db.Users.Update(user);
            return user.LockedUntil is { } lockedUntil && lockedUntil > now
                ? new SignInResult(SignInOutcome.LockedOut, LockedUntil: lockedUntil)
                : new SignInResult(SignInOutcome.Failed);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            user.PasswordHash = Hasher.HashPassword(user, password);
        user.FailedAttempts = 0;
        user.LockedUntil = null;
        db.Users.Update(user);
        return new SignInResult(SignInOutcome.Succeeded, user.ToModel());
    });

    public string? SetRole(string userName, Role role) => Change(userName, u => u.Role = role.ToString());

    public string? SetActive(string userName, bool active) => Change(userName, u => u.IsActive = active);

    public string? ResetPassword(string userName, string password) =>
        AccountRules.PasswordError(password) ?? Change(userName, u =>
        {
            u.PasswordHash = Hasher.HashPassword(u, password);
            u.FailedAttempts = 0;
            u.LockedUntil = null;
        });

    private string? Change(string userName, Action<UserDocument> change) => db.InTransaction(() =>
    {
        var user = db.Users.FindOne(u => u.NormalizedUserName == Normalize(userName));
        if (user is null)
            return $"There is no user named {userName}.";
        var wasActiveAdmin = user.IsActive && user.Role == nameof(Role.Admin);
        change(user);
        var isActiveAdmin = user.IsActive && user.Role == nameof(Role.Admin);
        // A desk must never lose its last admin: nobody could manage users after that.
        if (wasActiveAdmin && !isActiveAdmin && db.Users.Count(u => u.Role == nameof(Role.Admin) && u.IsActive) == 1)
            return "This is the last active admin; make another user admin first.";
        db.Users.Update(user);
        return null;
    });

    private (UserAccount?, string?) CreateInTransaction(string userName, string? displayName, Role role, string password, DateTime now)
    {
        var error = AccountRules.UserNameError(userName) ?? AccountRules.PasswordError(password);
        if (error is not null)
            return (null, error);
        var name = userName.Trim();
        if (db.Users.Exists(u => u.NormalizedUserName == Normalize(name)))
            return (null, $"The user name {name} is taken.");
        var user = new UserDocument
        {
            UserName = name,
            NormalizedUserName = Normalize(name),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(),
            Role = role.ToString(),
            CreatedAt = now.ToStoredPrecision(),
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Insert(user);
        return (user.ToModel(), null);
    }

    private static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
