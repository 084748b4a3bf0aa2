namespace FactCheck.Storage.Exports;

/// The formats verdicts are exported in.
public enum ExportFormat
{
    /// schema.org ClaimReview JSON-LD, published verdicts only.
    ClaimReview,

    /// One CSV row per verdict.
    Csv,

    /// A W3C Web Annotation collection, one annotation per verdict.
    Annotations,
}
