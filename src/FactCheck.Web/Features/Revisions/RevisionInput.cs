using FactCheck.Core.Articles;

namespace FactCheck.Web.Features.Revisions;

/// A new version of an article's text, as an input (paste box, file upload, URL fetch) hands it over.
public sealed record RevisionInput(string Text, RevisionOrigin Origin, string? Source = null);
