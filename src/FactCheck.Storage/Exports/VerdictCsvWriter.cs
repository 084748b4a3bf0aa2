using System.Globalization;
using CsvHelper;

namespace FactCheck.Storage.Exports;

/// One RFC 4180 CSV row per verdict, UTF-8 without a byte-order mark, dates in ISO 8601 UTC.
/// Cells that start with = + - @ or a tab get a leading apostrophe, so a spreadsheet shows article
/// text as text instead of running it as a formula (CSV injection).
internal static class VerdictCsvWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "verdict_id", "article_id", "article_title", "outlet", "article_url", "article_published",
        "span_id", "span_kind", "text", "speaker", "scale", "rating_key", "rating", "claimreview_value",
        "status", "checker", "reviewer", "created_at", "submitted_at", "reviewed_at", "published_at", "updated_at",
        "rationale", "editor_comment",
    ];

    public static void Write(Stream stream, IReadOnlyList<ExportedVerdict> verdicts)
    {
        var options = new CsvWriterOptions
        {
            Injection = CsvInjection.Escape,
            NewLine = "\r\n",
            WriteByteOrderMark = false,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader([.. Columns]);
        foreach (var e in verdicts)
        {
            var v = e.Verdict;
            csv.WriteRecord(
            [
                Text(v.Id), Text(e.Article.Id), e.Article.Title, e.Article.Outlet, e.Article.Url,
                e.Article.PublishedOn is { } day ? ExportJson.Date(day) : null,
                Text(e.Span.Id), e.Span.Kind.ToString().ToLowerInvariant(), e.Span.Anchor.Exact, e.Span.Speaker?.Name,
                e.Scale.Name, v.RatingKey, e.RatingLabel, e.Rating?.ClaimReviewValue is { } value ? Text(value) : null,
                v.Status.ToString().ToLowerInvariant(), v.Checker, v.Reviewer,
                Stamp(v.CreatedAt), Stamp(v.SubmittedAt), Stamp(v.ReviewedAt), Stamp(v.PublishedAt), Stamp(v.UpdatedAt),
                v.Rationale, v.EditorComment,
            ]);
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Stamp(DateTime? value) => value is { } v && v != default ? ExportJson.Timestamp(v) : null;
}
