namespace FactCheck.Storage.Safety;

/// The database is open in another process (usually the running app), so this one must not touch it.
public sealed class DatabaseInUseException(string databasePath, Exception? inner = null) : IOException(
    $"The database {databasePath} is in use by another process (the running FactCheck app, or another factcheck command). " +
    "Stop that process first, or use a command that works through the running app.",
    inner)
{
    public string DatabasePath { get; } = databasePath;
}
