using FactCheck.Core.Accounts;
using FactCheck.Core.Review;
using FactCheck.Storage.Desk;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage;

/// Changes to rating scales and to which scale an article uses. A rating key, once a verdict uses it,
/// stays: verdicts store the key, so removing or renaming it would leave them pointing at nothing.
public sealed class ScaleChanges(FactCheckDb db, ScaleStore scales, DeskFacts facts)
{
    /// The keys of <paramref name="scaleId"/> that verdicts use, with how many verdicts use each.
    public IReadOnlyDictionary<string, int> UsedKeys(string scaleId)
    {
        var snapshot = facts.Current();
        return snapshot.Verdicts
            .Where(v => snapshot.Article(v.ArticleId)?.ScaleId == scaleId)
            .GroupBy(v => v.RatingKey)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    /// Adds or replaces a scale; returns why not when it cannot be saved.
    public string? Save(RatingScale scale, Actor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (!actor.Role.Includes(Role.Admin))
            return "Only admins can change rating scales.";
        scales.List(); // the built-in scales exist before the first change
        var cleaned = scale with
        {
            Name = scale.Name.Trim(),
            Ratings = scale.Ratings.Select(r => r with { Label = r.Label.Trim(), Description = r.Description.Trim(), Color = r.Color.Trim() }).ToArray(),
        };
        if (RatingScaleRules.Problems(cleaned) is [var first, ..])
            return first;
        var used = UsedKeys(cleaned.Id);
        var missing = used.Keys.Where(k => cleaned.Find(k) is null).Order(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
            return $"Verdicts use the rating “{missing[0]}” ({used[missing[0]]:N0} of them); it cannot be removed and its key cannot change.";

        return db.InTransaction(() =>
        {
            var before = db.Scales.FindById(cleaned.Id)?.ToModel();
            db.Scales.Upsert(cleaned.ToDocument());
            var (old, @new) = (Describe(before), Describe(cleaned));
            AuditLog.Append(db, now, actor.UserName, before is null ? "scale.added" : "scale.changed", 0, null, null,
                (new Dictionary<string, string?> { ["Scale"] = old }, new Dictionary<string, string?> { ["Scale"] = @new }));
            return (string?)null;
        });
    }

    /// Makes article <paramref name="articleId"/> use scale <paramref name="scaleId"/>; refused while any of its
    /// verdicts has a rating the new scale lacks.
    public string? AssignToArticle(int articleId, string scaleId, Actor actor, DateTime now)
    {
        if (!actor.Role.Includes(Role.Editor))
            return "Only editors can choose an article's rating scale.";
        if (scales.List().FirstOrDefault(s => s.Id == scaleId) is not { } scale)
            return $"There is no rating scale “{scaleId}”.";
        return db.InTransaction(() =>
        {
            var article = db.Articles.FindById(articleId);
            if (article is null)
                return $"There is no article with id {articleId}.";
            if (article.ScaleId == scaleId)
                return null;
            var stranded = db.Verdicts.Find(v => v.ArticleId == articleId).Select(v => v.RatingKey).Distinct().Where(k => scale.Find(k) is null).ToArray();
            if (stranded.Length > 0)
                return $"Verdicts on this article use ratings the {scale.Name} lacks ({string.Join(", ", stranded)}); it keeps its current scale.";
            var before = article.ScaleId;
            article.ScaleId = scaleId;
            db.Articles.Update(article);
            AuditLog.Append(db, now, actor.UserName, "article.scale-changed", articleId, null, null,
                (new Dictionary<string, string?> { ["ScaleId"] = before }, new Dictionary<string, string?> { ["ScaleId"] = scaleId }));
            db.Notify(new ArticleChange(articleId, ArticleChangeKind.Article, actor.UserName));
            return (string?)null;
        });
    }

    private static string? Describe(RatingScale? scale) =>
        scale is null ? null : $"{scale.Name}: " + string.Join(", ", scale.Ratings.Select(r => $"{r.Label} [{r.Key}, {r.Color}, {r.ClaimReviewValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}]"));
}
