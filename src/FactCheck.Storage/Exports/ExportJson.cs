using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace FactCheck.Storage.Exports;

/// JSON writing shared by the JSON-LD exports.
internal static class ExportJson
{
    // Non-ASCII text stays readable; <, >, & and quotes stay escaped, so the output can be pasted
    // into a <script type="application/ld+json"> element without closing it early.
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Timestamp(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void WriteIfPresent(this Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            writer.WriteString(name, value);
    }

    /// The base URL without a trailing slash.
    public static string Trim(string baseUrl) => baseUrl.TrimEnd('/');

    /// The app's stable address for a span: its article's workbench, scrolled to the span.
    public static string SpanUrl(string baseUrl, int articleId, int spanId) =>
        string.Create(CultureInfo.InvariantCulture, $"{Trim(baseUrl)}/articles/{articleId}#span-{spanId}");
}
