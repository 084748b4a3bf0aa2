using FactCheck.Core.Review;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage.Exports;

/// Reads the verdicts an export covers, with their articles, spans and scales, in article order.
public sealed class ExportQuery(FactCheckDb db, ScaleStore scales)
{
    /// How many verdicts (or published verdicts) an export would cover, without reading them.
    public int Count(bool publishedOnly)
    {
        var published = nameof(VerdictStatus.Published);
        return publishedOnly ? db.Verdicts.Count(v => v.Status == published) : db.Verdicts.Count();
    }

    /// Every verdict (or only published ones), optionally of one article, ordered by article, by
    /// position in the article, then by verdict id.
    public IReadOnlyList<ExportedVerdict> Verdicts(bool publishedOnly, int? articleId = null)
    {
        var published = nameof(VerdictStatus.Published);
        var documents = articleId is { } id
            ? db.Verdicts.Find(v => v.ArticleId == id)
            : publishedOnly ? db.Verdicts.Find(v => v.Status == published) : db.Verdicts.FindAll();
        var verdicts = documents.Where(v => !publishedOnly || v.Status == published).Select(v => v.ToModel()).ToList();

        var scaleList = scales.List().ToDictionary(s => s.Id);
        var articles = verdicts.Select(v => v.ArticleId).Distinct()
            .Select(a => db.Articles.FindById(a)?.ToModel()).OfType<Core.Articles.Article>().ToDictionary(a => a.Id);
        var spans = verdicts.Select(v => v.SpanId).Distinct()
            .Select(s => db.Spans.FindById(s)?.ToModel()).OfType<Core.Articles.ArticleSpan>().ToDictionary(s => s.Id);

        return verdicts
            .Where(v => articles.ContainsKey(v.ArticleId) && spans.ContainsKey(v.SpanId))
            .Select(v =>
            {
                var article = articles[v.ArticleId];
                return new ExportedVerdict(article, spans[v.SpanId], v, scaleList.GetValueOrDefault(article.ScaleId) ?? scales.Get(article.ScaleId));
            })
            .OrderBy(e => e.Article.Id).ThenBy(e => e.Span.Anchor.Start).ThenBy(e => e.Verdict.Id)
            .ToArray();
    }
}
