using FactCheck.Core;
using FactCheck.Core.Articles;
using FactCheck.Core.Quotes;

namespace FactCheck.Storage.Tests;

public class ArticleStoreTests : IDisposable
{
    private const string Text = "The city spent $4.2 million on roads in 2023, the mayor said. \u201CWe fixed 300 potholes,\u201D said Mayor Ana Ruiz.";
    private readonly TempDatabase _temp = new();

    [Fact]
    public void Add_ArticleWithSuggestions_IsThereAfterReopening()
    {
        var analysis = ArticleAnalyzer.Default.Analyze(Text);
        var suggestions = SpanSuggestions.From(analysis, claimThreshold: 0);
        var importedAt = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);

        var id = new ArticleStore(_temp.Db).Add(
            new NewArticle(" City roads ", Text, "Daily Bugle", "https://example.com/roads", new DateOnly(2026, 3, 1), "Pat Lee"),
            suggestions,
            importedAt);
        _temp.Reopen();
        var store = new ArticleStore(_temp.Db);

        var article = store.Find(id);
        Assert.NotNull(article);
        Assert.Equal("City roads", article.Title);
        Assert.Equal(Text, article.Text);
        Assert.Equal("Daily Bugle", article.Outlet);
        Assert.Equal("https://example.com/roads", article.Url);
        Assert.Equal(new DateOnly(2026, 3, 1), article.PublishedOn);
        Assert.Equal("Pat Lee", article.Author);
        Assert.Equal(importedAt, article.ImportedAt);
        Assert.Equal(DateTimeKind.Utc, article.ImportedAt.Kind);

        var spans = store.Spans(id);
        Assert.Equal(suggestions.Spans.Count, spans.Count);
        Assert.Contains(spans, s => s.Kind == SpanKind.Quote && s.Anchor.Exact == "We fixed 300 potholes,");
        Assert.All(spans, s =>
        {
            Assert.Equal(id, s.ArticleId);
            Assert.Equal(SpanOrigin.Engine, s.Origin);
            Assert.Equal(Text[s.Anchor.Start..s.Anchor.End], s.Anchor.Exact);
            Assert.EndsWith(s.Anchor.Prefix, Text[..s.Anchor.Start]);
            Assert.StartsWith(s.Anchor.Suffix, Text[s.Anchor.End..]);
        });
        var claim = Assert.Single(spans, s => s.Kind == SpanKind.Claim && s.Anchor.Exact.Contains("$4.2 million"));
        Assert.Equal(suggestions.Spans.Single(s => s.Anchor.Start == claim.Anchor.Start && s.Kind == SpanKind.Claim).Reasons, claim.Reasons);
    }

    [Fact]
    public void Add_SpeakerAndSources_RoundTrip()
    {
        var speaker = new Speaker("Ana Ruiz", true, "Mayor", "City of Springfield", new(96, 8), "said", new(91, 4));
        var quote = new SpanSuggestion(SpanKind.Quote, TextAnchor.Create(Text, new(63, 22)), null, [], speaker, 7);
        var source = new SourceSuggestion("Daily Bugle", Core.Sources.SourceKind.NewsOutlet, "reported", [new(0, 8)], [0]);

        var id = new ArticleStore(_temp.Db).Add(new NewArticle("Roads", Text), new SpanSuggestions([quote], [source]), DateTime.UtcNow);
        _temp.Reopen();
        var store = new ArticleStore(_temp.Db);

        var stored = Assert.Single(store.Spans(id));
        Assert.Equal(speaker, stored.Speaker);
        Assert.Equal(7, stored.QuoteGroup);
        var storedSource = Assert.Single(store.Find(id)!.Sources);
        Assert.Equal("Daily Bugle", storedSource.Name);
        Assert.Equal(Core.Sources.SourceKind.NewsOutlet, storedSource.Kind);
        Assert.Equal("reported", storedSource.Cue);
        Assert.Equal([new(0, 8)], storedSource.Mentions);
        Assert.Equal([stored.Id], storedSource.SpanIds);
    }

    [Fact]
    public void Add_TextWithSurroundingWhitespace_ComesBackExactly()
    {
        // LiteDB's default mapper trims strings; offsets into the text would all shift.
        const string text = "\n  Lead paragraph.  \n\n";

        var id = new ArticleStore(_temp.Db).Add(new NewArticle("Spaces", text), new SpanSuggestions([], []), DateTime.UtcNow);
        _temp.Reopen();

        Assert.Equal(text, new ArticleStore(_temp.Db).Find(id)!.Text);
    }

    [Fact]
    public void List_CountsClaimsQuotesAndVerdictsPerArticle()
    {
        var store = new ArticleStore(_temp.Db);
        var analysis = ArticleAnalyzer.Default.Analyze(Text);
        var suggestions = SpanSuggestions.From(analysis, claimThreshold: 0);
        var first = store.Add(new NewArticle("First", Text), suggestions, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var second = store.Add(new NewArticle("Second", "No claims here at all"), new SpanSuggestions([], []), new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        var quote = store.Spans(first).First(s => s.Kind == SpanKind.Quote);
        _temp.Verdicts.Save(quote.Id, new Actor("casey", Core.Accounts.Role.FactChecker), "true", "Matches the city's pothole log.", null, DateTime.UtcNow);

        var rows = store.List();

        Assert.Equal([second, first], rows.Select(r => r.Id));
        var row = rows[1];
        Assert.Equal(suggestions.Spans.Count(s => s.Kind == SpanKind.Claim), row.Claims);
        Assert.Equal(suggestions.Spans.Count(s => s.Kind == SpanKind.Quote), row.Quotes);
        Assert.Equal(1, row.Verdicts);
        Assert.Equal((0, 0, 0), (rows[0].Claims, rows[0].Quotes, rows[0].Verdicts));
    }

    public void Dispose() => _temp.Dispose();
}
