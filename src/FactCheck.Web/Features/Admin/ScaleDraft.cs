using FactCheck.Core.Review;

namespace FactCheck.Web.Features.Admin;

/// A rating scale being edited on the admin page. Existing rating keys never change here; new ratings
/// get a key from their label when the scale is saved.
public sealed class ScaleDraft
{
    public string Id { get; private set; } = "";

    public bool IsNew { get; private init; }

    public string Name { get; set; } = "";

    public List<RatingDraft> Ratings { get; } = [];

    public static ScaleDraft From(RatingScale scale)
    {
        var draft = new ScaleDraft { Id = scale.Id, Name = scale.Name };
        draft.Ratings.AddRange(scale.Ratings.Select(r => new RatingDraft
        {
            Key = r.Key,
            Label = r.Label,
            Description = r.Description,
            Color = r.Color,
            ClaimReviewValue = r.ClaimReviewValue,
        }));
        return draft;
    }

    /// A new scale with two ratings to start from.
    public static ScaleDraft New()
    {
        var draft = new ScaleDraft { IsNew = true, Name = "" };
        draft.Ratings.Add(new RatingDraft { Label = "Accurate", Color = "#2e7d32", ClaimReviewValue = 5 });
        draft.Ratings.Add(new RatingDraft { Label = "Inaccurate", Color = "#c62828", ClaimReviewValue = 1 });
        return draft;
    }

    public RatingDraft Add()
    {
        var rating = new RatingDraft { Color = "#546e7a" };
        Ratings.Add(rating);
        return rating;
    }

    public void Remove(RatingDraft rating) => Ratings.Remove(rating);

    /// Moves a rating one place towards the top (more accurate); the order is the scale's order.
    public void MoveUp(RatingDraft rating)
    {
        var i = Ratings.IndexOf(rating);
        if (i > 0)
            (Ratings[i - 1], Ratings[i]) = (Ratings[i], Ratings[i - 1]);
    }

    /// The scale to save, against the ids of the scales that exist (a new scale's id must not clash).
    public RatingScale ToScale(IEnumerable<string> existingIds)
    {
        var id = IsNew ? Unique(RatingScaleRules.KeyFrom(Name), existingIds.ToHashSet()) : Id;
        var keys = Ratings.Where(r => r.Key is not null).Select(r => r.Key!).ToHashSet();
        var ratings = Ratings.Select(r =>
        {
            var key = r.Key ?? Unique(RatingScaleRules.KeyFrom(r.Label), keys);
            keys.Add(key);
            return new Rating(key, r.Label, r.Description, r.Color, r.ClaimReviewValue);
        }).ToArray();
        return new RatingScale(id, Name, ratings);
    }

    private static string Unique(string key, HashSet<string> taken)
    {
        if (key.Length == 0)
            key = "rating";
        if (!taken.Contains(key))
            return key;
        for (var n = 2; ; n++)
        {
            if (!taken.Contains($"{key}-{n}"))
                return $"{key}-{n}";
        }
    }
}

public sealed class RatingDraft
{
    /// Null until the scale is first saved with it.
    public string? Key { get; init; }

    public string Label { get; set; } = "";

    public string Description { get; set; } = "";

    public string Color { get; set; } = "";

    public int? ClaimReviewValue { get; set; }
}
