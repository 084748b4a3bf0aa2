namespace FactCheck.Web.Features.Import;

/// What an import found: the text and whatever metadata the source had, for the checker to review before saving.
public sealed record ArticleDraft(
    string Text,
    string? Title = null,
    string? Author = null,
    string? Outlet = null,
    DateOnly? PublishedOn = null,
    string? Url = null);
