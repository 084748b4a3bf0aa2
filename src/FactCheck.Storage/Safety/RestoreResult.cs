namespace FactCheck.Storage.Safety;

/// The outcome of a restore: what happened (or why nothing did), where the previous database was kept,
/// how many documents the restored one has, and anything the user should know.
public sealed record RestoreResult(
    bool Succeeded,
    string Message,
    string? PreviousDatabase,
    IReadOnlyDictionary<string, int> Documents,
    IReadOnlyList<string> Warnings)
{
    public static RestoreResult Refused(string message) => new(false, message, null, new Dictionary<string, int>(), []);
}
