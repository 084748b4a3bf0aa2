using FactCheck.Core.Articles;

namespace FactCheck.Web.Features.Revisions;

/// How revisions are described, in one place so the snackbar, the panel and the history agree.
public static class RevisionText
{
    public static string Summary(ArticleRevision revision)
    {
        var summary = $"{revision.Anchored} anchored, {revision.Changed} changed, {revision.Orphaned} orphaned";
        return revision.SuggestionsAdded > 0 ? $"{summary} · {revision.SuggestionsAdded} new {Plural(revision.SuggestionsAdded, "suggestion")}" : summary;
    }

    public static string Origin(ArticleRevision revision) => revision.Origin switch
    {
        RevisionOrigin.Paste => "pasted",
        RevisionOrigin.File => revision.Source is { } file ? $"uploaded from {file}" : "uploaded",
        RevisionOrigin.Url => revision.Source is { } url ? $"fetched from {url}" : "fetched",
        _ => "first version",
    };

    public static string When(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
