namespace FactCheck.Storage.Desk;

/// The fields of an article that desk-wide views group by; the text stays in the database.
public sealed record ArticleFact(int Id, string Title, string? Outlet, DateTime ImportedAt, string ScaleId);
