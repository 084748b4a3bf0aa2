using System.Globalization;
using FactCheck.Core.Review;

namespace FactCheck.Storage.Exports;

/// An export ready to write, or the reason there is nothing to write.
/// <param name="Problem">Why nothing can be exported (no verdicts, or no such article); null when it can.</param>
/// <param name="IsMissing">True when the requested article does not exist.</param>
public sealed record ExportFile(
    ExportFormat Format,
    IReadOnlyList<ExportedVerdict> Verdicts,
    DeskSettings Desk,
    string BaseUrl,
    int? ArticleId,
    string? Problem,
    bool IsMissing = false)
{
    public string FileName => Format switch
    {
        ExportFormat.ClaimReview => Name("claimreview", "jsonld"),
        ExportFormat.Csv => Name("verdicts", "csv"),
        _ => Name("annotations", "jsonld"),
    };

    public string MediaType => Format == ExportFormat.Csv ? "text/csv; charset=utf-8" : "application/ld+json; charset=utf-8";

    /// The app path that serves this export; also the annotation collection's id.
    public string Path => "/export/" + (Format switch
    {
        ExportFormat.ClaimReview => "claimreview.jsonld",
        ExportFormat.Csv => "verdicts.csv",
        _ => "annotations.jsonld",
    }) + (ArticleId is { } id ? string.Create(CultureInfo.InvariantCulture, $"?articleId={id}") : "");

    public void WriteTo(Stream stream)
    {
        if (Problem is not null)
            throw new InvalidOperationException(Problem);
        switch (Format)
        {
            case ExportFormat.ClaimReview:
                ClaimReviewWriter.Write(stream, Verdicts, Desk, BaseUrl);
                break;
            case ExportFormat.Csv:
                VerdictCsvWriter.Write(stream, Verdicts);
                break;
            default:
                WebAnnotationWriter.Write(stream, Verdicts, Desk, BaseUrl, ExportJson.Trim(BaseUrl) + Path);
                break;
        }
    }

    private string Name(string stem, string extension) =>
        ArticleId is { } id ? string.Create(CultureInfo.InvariantCulture, $"{stem}-article-{id}.{extension}") : $"{stem}.{extension}";
}
