using FactCheck.Core.Articles;
using FactCheck.Storage.Documents;
using LiteDB;

namespace FactCheck.Storage;

public sealed class ArticleStore(FactCheckDb db)
{
    /// Stores the article with the engine's suggestions in one transaction and returns its id.
    public int Add(NewArticle article, SpanSuggestions suggestions, DateTime importedAt)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(suggestions);
        return db.InTransaction(() =>
        {
            var document = new ArticleDocument
            {
                Title = article.Title.Trim(),
                Text = article.Text,
                Outlet = Clean(article.Outlet),
                Url = Clean(article.Url),
                PublishedOn = article.PublishedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                Author = Clean(article.Author),
                ImportedAt = importedAt.ToStoredPrecision(),
            };
            db.Articles.Insert(document);

            var spans = suggestions.Spans.Select(s => s.ToDocument(document.Id)).ToList();
            db.Spans.InsertBulk(spans);

            document.Sources = suggestions.Sources.Select(s => new SourceDocument
            {
                Name = s.Name,
                Kind = s.Kind.ToString(),
                Cue = s.Cue,
                Mentions = s.Mentions.Select(DocumentMapping.ToRange).ToList(),
                SpanIds = s.SuggestionIndexes.Select(i => spans[i].Id).ToList(),
            }).ToList();
            db.Articles.Update(document);
            return document.Id;
        });
    }

    public Article? Find(int id) => db.Articles.FindById(id)?.ToModel();

    public IReadOnlyList<ArticleSpan> Spans(int articleId) =>
        db.Spans.Find(s => s.ArticleId == articleId).Select(s => s.ToModel()).OrderBy(s => s.Anchor.Start).ToArray();

    public ArticleSpan? FindSpan(int spanId) => db.Spans.FindById(spanId)?.ToModel();

    public bool IsEmpty() => db.Articles.Count() == 0;

    /// Newest first.
    public IReadOnlyList<ArticleSummary> List()
    {
        var articles = db.Articles.Query()
            .OrderByDescending(a => a.ImportedAt)
            .Select(a => new { a.Id, a.Title, a.Outlet, a.PublishedOn, a.ImportedAt })
            .ToList();
        return articles.Select(a => new ArticleSummary(
            a.Id,
            a.Title,
            a.Outlet,
            a.PublishedOn is { } p ? DateOnly.FromDateTime(p) : null,
            a.ImportedAt,
            db.Spans.Count(s => s.ArticleId == a.Id && s.Kind == nameof(SpanKind.Claim)),
            db.Spans.Count(s => s.ArticleId == a.Id && s.Kind == nameof(SpanKind.Quote)),
            db.Verdicts.Count(v => v.ArticleId == a.Id))).ToArray();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
