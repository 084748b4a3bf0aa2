using FactCheck.Storage.Exports;

namespace FactCheck.Storage.Tests.Exports;

public class DeskExporterTests : IDisposable
{
    private readonly ExportDesk _desk = new();

    [Theory]
    [InlineData(ExportFormat.Csv, "There are no verdicts to export: nobody has rated a claim or quote yet. Nothing was exported.")]
    [InlineData(ExportFormat.Annotations, "There are no verdicts to export: nobody has rated a claim or quote yet. Nothing was exported.")]
    [InlineData(ExportFormat.ClaimReview, "There are no published verdicts to export: ClaimReview covers published verdicts only. Nothing was exported.")]
    public void Prepare_EmptyDesk_GivesAMessageAndRefusesToWrite(ExportFormat format, string message)
    {
        var file = _desk.Exporter.Prepare(format, "https://desk.example");

        Assert.Equal(message, file.Problem);
        Assert.False(file.IsMissing);
        Assert.Throws<InvalidOperationException>(() => file.WriteTo(Stream.Null));
    }

    [Fact]
    public void Prepare_DraftsOnly_ClaimReviewSaysThereIsNothingPublished()
    {
        _desk.Build();
        var other = _desk.Temp.Articles.Add(new Core.Articles.NewArticle("Other", "Text."), new Core.Articles.SpanSuggestions([], []), DateTime.UtcNow);

        var file = _desk.Exporter.Prepare(ExportFormat.ClaimReview, "https://desk.example", other);

        Assert.Equal($"There are no published verdicts to export for article {other}: ClaimReview covers published verdicts only. Nothing was exported.", file.Problem);
    }

    [Fact]
    public void Prepare_UnknownArticle_SaysSo()
    {
        var file = _desk.Exporter.Prepare(ExportFormat.Csv, "https://desk.example", 404);

        Assert.Equal(("There is no article with id 404. Nothing was exported.", true), (file.Problem, file.IsMissing));
    }

    [Fact]
    public void Prepare_OneArticle_CoversOnlyItAndNamesTheFile()
    {
        _desk.Build();
        _desk.Temp.Articles.Add(new Core.Articles.NewArticle("Other", "Text."), new Core.Articles.SpanSuggestions([], []), DateTime.UtcNow);

        var file = _desk.Exporter.Prepare(ExportFormat.Annotations, "https://desk.example", _desk.ArticleId);

        Assert.Equal(4, file.Verdicts.Count);
        Assert.Equal($"annotations-article-{_desk.ArticleId}.jsonld", file.FileName);
        Assert.Equal($"/export/annotations.jsonld?articleId={_desk.ArticleId}", file.Path);
    }

    public void Dispose() => _desk.Dispose();
}
