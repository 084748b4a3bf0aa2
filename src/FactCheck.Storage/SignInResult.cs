using FactCheck.Core.Accounts;

namespace FactCheck.Storage;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// The result of checking a password: the user on success, the lockout end when locked.
public sealed record SignInResult(SignInOutcome Outcome, UserAccount? User = null, DateTime? LockedUntil = null);
