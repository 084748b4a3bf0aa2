namespace FactCheck.Storage;

public sealed record RevisionImportResult(RevisionReport? Report, string? Error)
{
    public static RevisionImportResult Imported(RevisionReport report) => new(report, null);

    public static RevisionImportResult Invalid(string error) => new(null, error);
}
