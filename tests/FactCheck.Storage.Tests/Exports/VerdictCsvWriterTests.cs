using CsvHelper;
using FactCheck.Storage.Exports;

namespace FactCheck.Storage.Tests.Exports;

public class VerdictCsvWriterTests : IDisposable
{
    private readonly ExportDesk _desk = new ExportDesk().Build();

    private List<string[]> Rows()
    {
        using var reader = CsvReader.FromText(_desk.Export(ExportFormat.Csv), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    [Fact]
    public void Write_Desk_HeaderAndOneRowPerVerdictIncludingDrafts()
    {
        var rows = Rows();

        Assert.Equal(VerdictCsvWriter.Columns, rows[0]);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(VerdictCsvWriter.Columns.Count, r.Length));
        Assert.Equal(["published", "published", "published", "draft"], rows.Skip(1).Select(r => r[Column("status")]));
    }

    [Fact]
    public void Write_PublishedQuote_CarriesArticleSpanRatingPeopleAndDates()
    {
        var row = Rows().Single(r => r[Column("span_id")] == _desk.PersonQuoteId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(
            ["Crime & jobs </script>", "The Daily", "https://daily.example/crime", "2026-02-01", "quote", "We hired 500 officers,", "Jane Roe",
             "Truth scale", "mostly-true", "Mostly true", "4", "casey", "eddie", "2026-03-04T05:06:07Z", "The city hired 480."],
            new[] { "article_title", "outlet", "article_url", "article_published", "span_kind", "text", "speaker", "scale", "rating_key", "rating",
                    "claimreview_value", "checker", "reviewer", "published_at", "rationale" }.Select(c => row[Column(c)]));
        Assert.Equal("", row[Column("editor_comment")]);
    }

    [Fact]
    public void Write_CellsThatASpreadsheetWouldRun_AreEscaped()
    {
        var draft = Rows()[^1];

        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", draft[Column("rationale")]);
        Assert.Equal("It is =SUM(A1) safe,", draft[Column("text")]);
    }

    [Fact]
    public void Write_Output_IsUtf8WithoutBomAndCrLf()
    {
        var file = _desk.Exporter.Prepare(ExportFormat.Csv, "https://desk.example");
        using var stream = new MemoryStream();
        file.WriteTo(stream);
        var bytes = stream.ToArray();

        Assert.Equal((byte)'v', bytes[0]);
        Assert.Contains("🚓", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.EndsWith("\r\n", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(("verdicts.csv", "text/csv; charset=utf-8"), (file.FileName, file.MediaType));
    }

    private static int Column(string name) => VerdictCsvWriter.Columns.ToList().IndexOf(name);

    public void Dispose() => _desk.Dispose();
}
