using System.Text;

namespace FactCheck.Core.Review;

/// <summary>What makes a rating scale usable: in one place for the admin page and the store.</summary>
public static class RatingScaleRules
{
    /// <summary>Longest accepted scale id or rating key.</summary>
    public const int MaxKeyLength = 40;

    /// <summary>The problems with <paramref name="scale"/>, empty when it can be saved.</summary>
    public static IReadOnlyList<string> Problems(RatingScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var problems = new List<string>();
        if (KeyError(scale.Id) is { } idError)
            problems.Add($"Scale id: {idError}");
        if (string.IsNullOrWhiteSpace(scale.Name))
            problems.Add("The scale needs a name.");
        if (scale.Ratings.Count < 2)
            problems.Add("A scale needs at least two ratings.");
        if (scale.Ratings.Count(r => r.ClaimReviewValue is not null) < 2)
            problems.Add("At least two ratings need a ClaimReview value, so that ratings can be ordered and compared.");
        foreach (var (rating, position) in scale.Ratings.Select((r, i) => (r, i + 1)))
        {
            var name = string.IsNullOrWhiteSpace(rating.Label) ? $"Rating {position}" : $"“{rating.Label.Trim()}”";
            if (string.IsNullOrWhiteSpace(rating.Label))
                problems.Add($"Rating {position} needs a label.");
            if (KeyError(rating.Key) is { } keyError)
                problems.Add($"{name}: key {keyError}");
            if (!IsColor(rating.Color))
                problems.Add($"{name}: colour must be a hex colour such as #2e7d32.");
            if (rating.ClaimReviewValue is < 1 or > 5)
                problems.Add($"{name}: the ClaimReview value must be 1 to 5, or none.");
        }
        foreach (var key in scale.Ratings.GroupBy(r => r.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"The key “{key}” is used by more than one rating.");
        foreach (var label in scale.Ratings.Where(r => !string.IsNullOrWhiteSpace(r.Label)).GroupBy(r => r.Label.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"The label “{label}” is used by more than one rating.");
        return problems;
    }

    /// <summary>A key made from a label: "Mostly true" → "mostly-true".</summary>
    public static string KeyFrom(string label)
    {
        var key = new StringBuilder();
        foreach (var c in label.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                key.Append(c);
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '/') && key.Length > 0 && key[^1] != '-')
                key.Append('-');
        }
        var result = key.ToString().Trim('-');
        return result.Length > MaxKeyLength ? result[..MaxKeyLength].TrimEnd('-') : result;
    }

    private static string? KeyError(string? key)
    {
        if (string.IsNullOrEmpty(key))
            return "is required.";
        if (key.Length > MaxKeyLength)
            return $"must be at most {MaxKeyLength} characters.";
        if (!key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || key[0] == '-' || key[^1] == '-')
            return "may contain only lower-case letters, digits and inner hyphens.";
        return null;
    }

    private static bool IsColor(string? color) =>
        color is { Length: 4 or 7 } && color[0] == '#' && color.Skip(1).All(char.IsAsciiHexDigit);
}
