namespace FactCheck.Storage.Schema;

/// The database was written by a newer FactCheck whose schema this build does not know.
public sealed class SchemaTooNewException(int found, int supported) : InvalidOperationException(
    $"This database has schema version {found}, but this FactCheck knows versions up to {supported}. " +
    "It was written by a newer FactCheck: run that version, or restore a backup made by this one.")
{
    public int Found { get; } = found;

    public int Supported { get; } = supported;
}
