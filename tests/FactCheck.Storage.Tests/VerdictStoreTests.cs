using FactCheck.Core.Articles;

namespace FactCheck.Storage.Tests;

public class VerdictStoreTests : IDisposable
{
    private const string Text = "Unemployment fell to 3.9% in May, the lowest in a decade.";
    private readonly TempDatabase _temp = new();
    private readonly int _articleId;
    private readonly int _spanId;

    public VerdictStoreTests()
    {
        var claim = new SpanSuggestion(SpanKind.Claim, TextAnchor.Create(Text, new(0, Text.Length)), 0.9, [], null, null);
        var store = new ArticleStore(_temp.Db);
        _articleId = store.Add(new NewArticle("Jobs", Text), new SpanSuggestions([claim], []), DateTime.UtcNow);
        _spanId = store.Spans(_articleId).Single().Id;
    }

    [Fact]
    public void Save_Verdict_IsThereAfterReopening()
    {
        var savedAt = new DateTime(2026, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        new VerdictStore(_temp.Db).Save(_spanId, "mostly-true", "  BLS puts it at 4.0%.  ", savedAt);

        _temp.Reopen();
        var verdict = new VerdictStore(_temp.Db).ForSpan(_spanId);

        Assert.NotNull(verdict);
        Assert.Equal((_articleId, _spanId, "mostly-true", "BLS puts it at 4.0%.", savedAt, 1),
            (verdict.ArticleId, verdict.SpanId, verdict.RatingKey, verdict.Rationale, verdict.UpdatedAt, verdict.Version));
    }

    [Fact]
    public void Save_SecondVerdictOnSameSpan_ReplacesTheFirst()
    {
        var store = new VerdictStore(_temp.Db);
        store.Save(_spanId, "true", "First look.", DateTime.UtcNow);

        store.Save(_spanId, "half-true", "The decade claim is wrong.", DateTime.UtcNow);

        var verdict = Assert.Single(store.ForArticle(_articleId));
        Assert.Equal(("half-true", "The decade claim is wrong.", 2), (verdict.RatingKey, verdict.Rationale, verdict.Version));
    }

    [Fact]
    public void Save_UnknownSpan_ThrowsAndStoresNothing()
    {
        var store = new VerdictStore(_temp.Db);

        var error = Assert.Throws<KeyNotFoundException>(() => store.Save(_spanId + 1000, "true", "Why", DateTime.UtcNow));

        Assert.Contains("no claim or quote", error.Message);
        Assert.Empty(store.ForArticle(_articleId));
    }

    [Theory]
    [InlineData("", "A reason")]
    [InlineData("true", "   ")]
    public void Save_MissingRatingOrRationale_IsRefused(string rating, string rationale)
    {
        var store = new VerdictStore(_temp.Db);

        Assert.ThrowsAny<ArgumentException>(() => store.Save(_spanId, rating, rationale, DateTime.UtcNow));

        Assert.Null(store.ForSpan(_spanId));
    }

    public void Dispose() => _temp.Dispose();
}
