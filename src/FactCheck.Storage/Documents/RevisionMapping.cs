using FactCheck.Core.Articles;

namespace FactCheck.Storage.Documents;

internal static class RevisionMapping
{
    public static ArticleRevision ToModel(this RevisionDocument d) => new(
        d.ArticleId,
        d.Number,
        d.ImportedAt,
        Enum.TryParse<RevisionOrigin>(d.Origin, out var origin) ? origin : RevisionOrigin.Unrecorded,
        d.Source,
        d.ImportedBy,
        d.Text.Length,
        d.Anchored,
        d.Changed,
        d.Orphaned,
        d.SuggestionsAdded);
}
