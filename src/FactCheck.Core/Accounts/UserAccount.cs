namespace FactCheck.Core.Accounts;

/// <summary>A person who can sign in.</summary>
/// <param name="Id">Store-assigned id.</param>
/// <param name="UserName">Sign-in name, unique regardless of case.</param>
/// <param name="DisplayName">Name shown in the app and the audit trail.</param>
/// <param name="Role">What the user may do.</param>
/// <param name="IsActive">Deactivated users cannot sign in; their history stays.</param>
/// <param name="CreatedAt">When the account was made (UTC).</param>
public sealed record UserAccount(int Id, string UserName, string DisplayName, Role Role, bool IsActive, DateTime CreatedAt);
