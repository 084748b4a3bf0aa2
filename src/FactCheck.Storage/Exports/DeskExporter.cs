using System.Globalization;

namespace FactCheck.Storage.Exports;

/// The one way the app and the CLI export verdicts: <see cref="Prepare"/> reads what a format covers,
/// then the caller checks <see cref="ExportFile.Problem"/> (nothing to export, or no such article) before
/// anything is written, so an empty desk gives a message, never an empty or header-only file.
public sealed class DeskExporter(ExportQuery query, SettingsStore settings, ArticleStore articles)
{
    public ExportFile Prepare(ExportFormat format, string baseUrl, int? articleId = null)
    {
        var scope = articleId is { } id ? string.Create(CultureInfo.InvariantCulture, $" for article {id}") : "";
        if (articleId is { } requested && articles.Find(requested) is null)
            return new ExportFile(format, [], settings.Get(), baseUrl, articleId, string.Create(CultureInfo.InvariantCulture, $"There is no article with id {requested}. Nothing was exported."), IsMissing: true);

        var verdicts = query.Verdicts(publishedOnly: format == ExportFormat.ClaimReview, articleId);
        string? problem = null;
        if (verdicts.Count == 0)
        {
            problem = format == ExportFormat.ClaimReview
                ? $"There are no published verdicts to export{scope}: ClaimReview covers published verdicts only. Nothing was exported."
                : $"There are no verdicts to export{scope}: nobody has rated a claim or quote yet. Nothing was exported.";
        }
        return new ExportFile(format, verdicts, settings.Get(), baseUrl, articleId, problem);
    }
}
