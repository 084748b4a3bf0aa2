using FactCheck.Core.Articles;

namespace FactCheck.Storage;

/// What a new version of an article did to its spans. <see cref="Revision"/> is null when the text was identical
/// to the current one and nothing was stored.
public sealed record RevisionReport(
    int ArticleId,
    ArticleRevision? Revision,
    IReadOnlyList<ArticleSpan> Anchored,
    IReadOnlyList<ArticleSpan> Changed,
    IReadOnlyList<ArticleSpan> Orphaned,
    IReadOnlyList<ArticleSpan> Added)
{
    public bool TextUnchanged => Revision is null;

    /// Share of the spans that were there before (not the new suggestions) found again: anchored or changed.
    public double FoundShare
    {
        get
        {
            var total = Anchored.Count + Changed.Count + Orphaned.Count;
            return total == 0 ? 1 : (double)(Anchored.Count + Changed.Count) / total;
        }
    }

    public static RevisionReport Unchanged(int articleId) => new(articleId, null, [], [], [], []);
}
