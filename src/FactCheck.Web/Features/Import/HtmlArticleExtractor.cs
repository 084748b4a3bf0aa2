using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace FactCheck.Web.Features.Import;

/// Finds the article in a web page with SmartReader (a port of Mozilla's Readability): body text, title, byline, date and site name.
public static class HtmlArticleExtractor
{
    /// <param name="html">The page's markup.</param>
    /// <param name="pageUrl">Where the page was fetched from; null for an uploaded file, which then falls back to its canonical link.</param>
    /// <param name="wholePageIfNoArticle">Use the whole body's text when no article is found (uploaded files), instead of an empty text (URLs).</param>
    public static ArticleDraft Extract(string html, Uri? pageUrl, bool wholePageIfNoArticle)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var canonical = CanonicalUrl(document, pageUrl);
        var pageTitle = document.Title;
        foreach (var ad in document.QuerySelectorAll(AdSelector))
            ad.Remove();

        var reader = new Reader((pageUrl ?? canonical ?? new Uri("https://localhost/")).AbsoluteUri, document);
        var article = reader.GetArticle();

        var text = "";
        if (article.Completed && !string.IsNullOrWhiteSpace(article.Content))
            text = HtmlParagraphs.From(parser.ParseDocument(article.Content).Body!);
        if (text.Length == 0 && wholePageIfNoArticle)
            text = HtmlParagraphs.From(parser.ParseDocument(html).Body!);

        return new ArticleDraft(
            text,
            Title: Field(article.Title) ?? Field(pageTitle),
            Author: Field(article.Author) ?? Byline(article.Byline),
            Outlet: Field(article.SiteName),
            PublishedOn: article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null,
            Url: (pageUrl ?? canonical)?.AbsoluteUri);
    }

    // Readability keeps ad slots that sit inside the story; these are the names sites commonly give them.
    private const string AdSelector =
        "[class~=ad], [class~=ads], [class^='ad-'], [class*=' ad-'], [id^='ad-'], [class*=advert], [id*=advert], " +
        "[class*=sponsored], [aria-label=advertisement i], [data-ad-slot], ins.adsbygoogle";

    private static Uri? CanonicalUrl(IHtmlDocument document, Uri? pageUrl)
    {
        var candidates = new[]
        {
            document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"),
        };
        foreach (var candidate in candidates)
        {
            if (candidate is null)
                continue;
            var resolved = pageUrl is null ? Uri.TryCreate(candidate.Trim(), UriKind.Absolute, out var u) ? u : null
                : Uri.TryCreate(pageUrl, candidate.Trim(), out var r) ? r : null;
            if (resolved is { Scheme: "http" or "https" })
                return resolved;
        }
        return null;
    }

    private static string? Byline(string? byline)
    {
        var value = Field(byline);
        if (value is null)
            return null;
        return value.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? Field(value[3..]) : value;
    }

    private static string? Field(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : ParagraphText.Clean(value.ReplaceLineEndings(" "));
}
