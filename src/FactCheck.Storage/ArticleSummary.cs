namespace FactCheck.Storage;

/// One row of the articles table.
public sealed record ArticleSummary(
    int Id,
    string Title,
    string? Outlet,
    DateOnly? PublishedOn,
    DateTime ImportedAt,
    int Claims,
    int Quotes,
    int Verdicts);
