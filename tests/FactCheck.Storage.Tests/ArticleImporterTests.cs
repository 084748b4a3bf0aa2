using FactCheck.Core;
using FactCheck.Core.Articles;

namespace FactCheck.Storage.Tests;

public class ArticleImporterTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    private ArticleImporter Importer(int maxTextBytes = ArticleLimits.DefaultMaxTextBytes) =>
        new(new ArticleStore(_temp.Db), ArticleAnalyzer.Default, new ArticleLimits(maxTextBytes), TimeProvider.System);

    [Fact]
    public void Import_SampleArticle_StoresItsQuotes()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_7f16efee4f0479e9.txt"));

        var result = Importer().Import(new NewArticle("Mexican President Refuses To Fight Drug Cartels With Military", text));

        Assert.Empty(result.Errors);
        var spans = new ArticleStore(_temp.Db).Spans(result.ArticleId!.Value);
        Assert.Equal(4, spans.Count(s => s.Kind == SpanKind.Quote));
    }

    [Theory]
    [InlineData("", "Some text.", "Title", "Title is required.")]
    [InlineData("A title", "  ", "Text", "Text is required.")]
    public void Import_MissingField_ReportsItAndStoresNothing(string title, string text, string field, string message)
    {
        var result = Importer().Import(new NewArticle(title, text));

        Assert.Null(result.ArticleId);
        Assert.Equal(message, result.Errors[field]);
        Assert.True(new ArticleStore(_temp.Db).IsEmpty());
    }

    [Fact]
    public void Import_TextOverTheLimit_IsRefusedWithTheLimitInTheMessage()
    {
        var importer = Importer(maxTextBytes: 1024);

        // 512 characters of 3-byte UTF-8: under the limit in characters, over it in bytes.
        var result = importer.Import(new NewArticle("Long", new string('€', 512)));

        Assert.Equal("Text is too long: the limit is 1 KB.", result.Errors["Text"]);
        Assert.True(new ArticleStore(_temp.Db).IsEmpty());
    }

    [Fact]
    public void Import_NonWebUrl_IsRefused()
    {
        var result = Importer().Import(new NewArticle("T", "Text.", Url: "javascript:alert(1)"));

        Assert.Equal("URL must be an absolute http or https address.", result.Errors["Url"]);
    }

    public void Dispose() => _temp.Dispose();
}
