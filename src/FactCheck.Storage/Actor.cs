using FactCheck.Core.Accounts;

namespace FactCheck.Storage;

/// Who is making a change, as the stores need it for permission checks and the audit trail.
public sealed record Actor(string UserName, Role Role);
