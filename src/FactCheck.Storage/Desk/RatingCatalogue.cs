using FactCheck.Core.Review;

namespace FactCheck.Storage.Desk;

/// The desk's rating scales, looked up by rating key: labels, colours, display order and ordinal rank.
internal sealed class RatingCatalogue
{
    private readonly Dictionary<string, RatingScale> _scales;
    private readonly Dictionary<string, (Rating Rating, int Order)> _byKey = [];

    public RatingCatalogue(IReadOnlyList<RatingScale> scales)
    {
        _scales = scales.ToDictionary(s => s.Id);
        var order = 0;
        foreach (var scale in scales)
        {
            foreach (var rating in scale.Ratings)
                _byKey.TryAdd(rating.Key, (rating, order++));
        }
    }

    public string Label(string key) => _byKey.TryGetValue(key, out var r) ? r.Rating.Label : key;

    public string? Color(string key) => _byKey.TryGetValue(key, out var r) ? r.Rating.Color : null;

    public int Order(string key) => _byKey.TryGetValue(key, out var r) ? r.Order : int.MaxValue;

    /// The rating's place among the ordered ratings of the article's scale (0 = most accurate), or null when
    /// it has no place in the order (Unverifiable, Verdict pending) or is not on the scale.
    public int? Rank(string scaleId, string key)
    {
        var scale = _scales.GetValueOrDefault(scaleId) ?? _scales.GetValueOrDefault(RatingScale.DefaultId);
        if (scale is null)
            return null;
        var rank = 0;
        foreach (var rating in scale.Ratings)
        {
            if (rating.ClaimReviewValue is null)
                continue;
            if (rating.Key == key)
                return rank;
            rank++;
        }
        return null;
    }
}
