using FactCheck.Core;
using FactCheck.Core.Articles;

namespace FactCheck.Storage;

/// Validates and analyses a new version of an article's text, then stores it with its spans re-anchored.
/// Analysis runs before the transaction, so the database is locked only for the store's own work.
public sealed class RevisionImporter(RevisionStore store, ArticleAnalyzer analyzer, ArticleLimits limits, TimeProvider clock, double claimThreshold = SpanSuggestions.DefaultClaimThreshold)
{
    public RevisionImportResult Import(int articleId, NewRevision revision, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(revision);
        if (limits.TextError(revision.Text) is { } error)
            return RevisionImportResult.Invalid(error);
        var suggestions = SpanSuggestions.From(analyzer.Analyze(revision.Text), claimThreshold);
        return RevisionImportResult.Imported(store.Import(articleId, revision, suggestions, actor, clock.GetUtcNow().UtcDateTime));
    }
}
