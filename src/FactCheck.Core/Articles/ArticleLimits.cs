using System.Text;

namespace FactCheck.Core.Articles;

/// <summary>Size limits for submitted articles, and the checks that enforce them.</summary>
/// <param name="MaxTextBytes">Largest accepted article text, in UTF-8 bytes.</param>
public sealed record ArticleLimits(int MaxTextBytes = ArticleLimits.DefaultMaxTextBytes)
{
    /// <summary>2 MB.</summary>
    public const int DefaultMaxTextBytes = 2 * 1024 * 1024;

    /// <summary>Longest accepted title, in characters.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>Longest accepted outlet, author or URL, in characters.</summary>
    public const int MaxFieldLength = 2000;

    /// <summary>
    /// The problems with <paramref name="article"/>, keyed by field name
    /// (<c>Title</c>, <c>Text</c>, <c>Url</c>, <c>Outlet</c>, <c>Author</c>); empty when it is acceptable.
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(NewArticle article)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(article.Title))
            errors[nameof(NewArticle.Title)] = "Title is required.";
        else if (article.Title.Length > MaxTitleLength)
            errors[nameof(NewArticle.Title)] = $"Title must be at most {MaxTitleLength} characters.";

        if (TextError(article.Text) is { } textError)
            errors[nameof(NewArticle.Text)] = textError;

        if (!string.IsNullOrWhiteSpace(article.Url) && !IsWebUrl(article.Url))
            errors[nameof(NewArticle.Url)] = "URL must be an absolute http or https address.";

        foreach (var (field, value) in new[] { (nameof(NewArticle.Outlet), article.Outlet), (nameof(NewArticle.Author), article.Author), (nameof(NewArticle.Url), article.Url) })
        {
            if (value is { Length: > MaxFieldLength } && !errors.ContainsKey(field))
                errors[field] = $"{field} must be at most {MaxFieldLength} characters.";
        }
        return errors;
    }

    /// <summary>The problem with an article text, or null when it is acceptable.</summary>
    public string? TextError(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "Text is required.";
        // Cheap upper bound first, so a huge paste is not encoded just to be rejected.
        if (text.Length > MaxTextBytes || Encoding.UTF8.GetByteCount(text) > MaxTextBytes)
            return $"Text is too long: the limit is {FormatSize(MaxTextBytes)}.";
        return null;
    }

    private static bool IsWebUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string FormatSize(int bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB"
        : $"{bytes} bytes";
}
