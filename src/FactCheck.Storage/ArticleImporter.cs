using FactCheck.Core;
using FactCheck.Core.Articles;

namespace FactCheck.Storage;

/// Validates, analyses and stores a new article: the one way articles enter the database.
public sealed class ArticleImporter(ArticleStore store, ArticleAnalyzer analyzer, ArticleLimits limits, TimeProvider clock, double claimThreshold = SpanSuggestions.DefaultClaimThreshold)
{
    public ImportResult Import(NewArticle article)
    {
        var errors = limits.Validate(article);
        if (errors.Count > 0)
            return ImportResult.Invalid(errors);
        var analysis = analyzer.Analyze(article.Text);
        var suggestions = SpanSuggestions.From(analysis, claimThreshold);
        var id = store.Add(article, suggestions, clock.GetUtcNow().UtcDateTime);
        return ImportResult.Imported(id);
    }
}
