namespace FactCheck.Core.Accounts;

/// <summary>Rules for user names, passwords and lockout, in one place for the app and the CLI.</summary>
public static class AccountRules
{
    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static TimeSpan LockoutDuration { get; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest accepted password.</summary>
    public const int MinPasswordLength = 8;

    /// <summary>Longest accepted password (bounds hashing work).</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>The problem with a user name, or null when it is acceptable.</summary>
    public static string? UserNameError(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
            return "User name is required.";
        var name = userName.Trim();
        if (name.Length is < 2 or > 64)
            return "User name must be 2 to 64 characters.";
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
                return "User name may contain only letters, digits and . _ - @";
        }
        return null;
    }

    /// <summary>The problem with a password, or null when it is acceptable.</summary>
    public static string? PasswordError(string? password)
    {
        if (string.IsNullOrEmpty(password))
            return "Password is required.";
        if (password.Length < MinPasswordLength)
            return $"Password must be at least {MinPasswordLength} characters.";
        if (password.Length > MaxPasswordLength)
            return $"Password must be at most {MaxPasswordLength} characters.";
        return null;
    }

    /// <summary>The role's name as users see it.</summary>
    public static string Label(this Role role) => role switch
    {
        Role.FactChecker => "Fact-checker",
        _ => role.ToString(),
    };

    /// <summary>True when <paramref name="role"/> has at least the rights of <paramref name="required"/>.</summary>
    public static bool Includes(this Role role, Role required) => role >= required;
}
