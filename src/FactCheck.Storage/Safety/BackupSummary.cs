using System.Globalization;

namespace FactCheck.Storage.Safety;

/// What a backup wrote: the file, its size, its schema version and how many documents each collection has.
public sealed record BackupSummary(string Path, long Bytes, int SchemaVersion, IReadOnlyDictionary<string, int> Documents)
{
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path} ({Math.Ceiling(Bytes / 1024.0):N0} KiB, schema {SchemaVersion}): ") +
        string.Join(", ", Documents.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Value:N0} {d.Key}")));
}
