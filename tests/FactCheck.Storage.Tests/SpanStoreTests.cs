using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Quotes;

namespace FactCheck.Storage.Tests;

public class SpanStoreTests : IDisposable
{
    private const string Text = "Taxes rose 4% last year. \u201CWe had no choice,\u201D said Mayor Ana Ruiz. Critics 😀 disagreed loudly.";
    private static readonly DateTime Now = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Casey = new("casey", Role.FactChecker);
    private readonly TempDatabase _temp = new();
    private readonly int _articleId;

    public SpanStoreTests() => _articleId = _temp.Articles.Add(new NewArticle("Taxes", Text), new SpanSuggestions([], []), Now);

    private SpanStore Store => _temp.Spans;

    [Fact]
    public void Add_Selection_StoresAnAcceptedCheckerSpanTrimmedOfWhitespace()
    {
        var start = Text.IndexOf("Taxes", StringComparison.Ordinal);

        var result = Store.Add(_articleId, SpanKind.Claim, start, start + 25, null, Casey, Now);

        var span = result.Span!;
        Assert.Equal(("Taxes rose 4% last year.", SpanOrigin.Checker, SpanStatus.Accepted), (span.Anchor.Exact, span.Origin, span.Status));
        _temp.Reopen();
        Assert.Equal(span, Store.Find(span.Id));
        Assert.Equal("span.added", Assert.Single(_temp.Audit.ForSpan(span.Id)).Action);
    }

    [Fact]
    public void Add_QuoteWithSpeaker_KeepsTheSpeaker()
    {
        var start = Text.IndexOf("We had", StringComparison.Ordinal);
        var speaker = new Speaker("Ana Ruiz", true, "Mayor");

        var span = Store.Add(_articleId, SpanKind.Quote, start, start + "We had no choice,".Length, speaker, Casey, Now).Span!;

        Assert.Equal(speaker, span.Speaker);
    }

    [Fact]
    public void Add_AfterASurrogatePair_UsesUtf16Offsets()
    {
        var start = Text.IndexOf("disagreed", StringComparison.Ordinal);

        var span = Store.Add(_articleId, SpanKind.Claim, start, start + "disagreed".Length, null, Casey, Now).Span!;

        Assert.Equal("disagreed", span.Anchor.Exact);
        Assert.EndsWith("Critics 😀 ", span.Anchor.Prefix);
    }

    [Theory]
    [InlineData(-1, 5, "The selection (-1–5) is outside the article's text")]
    [InlineData(5, 500, "is outside the article's text")]
    [InlineData(24, 25, "Select some words of the article first.")]
    public void Add_BadBounds_IsRefusedAndStoresNothing(int start, int end, string error)
    {
        var result = Store.Add(_articleId, SpanKind.Claim, start, end, null, Casey, Now);

        Assert.Contains(error, result.Error);
        Assert.Empty(Store.ForArticle(_articleId));
    }

    [Fact]
    public void Add_SameTextTwice_IsRefused()
    {
        Store.Add(_articleId, SpanKind.Claim, 0, 24, null, Casey, Now);

        Assert.Equal("This text is already marked as a claim.", Store.Add(_articleId, SpanKind.Claim, 0, 24, null, Casey, Now).Error);
    }

    [Fact]
    public void RejectThenAccept_RecordsTheReasonAndClearsIt()
    {
        var id = Store.Add(_articleId, SpanKind.Claim, 0, 24, null, Casey, Now).Span!.Id;

        Assert.Equal("Say why it is dismissed.", Store.Reject(id, " ", Casey, Now).Error);
        var rejected = Store.Reject(id, DismissReasons.Opinion, Casey, Now).Span!;
        var accepted = Store.Accept(id, Casey, Now).Span!;

        Assert.Equal((SpanStatus.Rejected, "Opinion"), (rejected.Status, rejected.DismissReason));
        Assert.Equal((SpanStatus.Accepted, (string?)null), (accepted.Status, accepted.DismissReason));
    }

    [Fact]
    public void Resize_NewBounds_UpdatesTextAndContext()
    {
        var id = Store.Add(_articleId, SpanKind.Claim, 0, 24, null, Casey, Now).Span!.Id;

        var span = Store.Resize(id, 0, 13, Casey, Now).Span!;

        Assert.Equal(("Taxes rose 4%", " last year."), (span.Anchor.Exact, span.Anchor.Suffix[..11]));
    }

    [Fact]
    public void Merge_TwoClaims_FirstCoversBothAndSecondIsDismissedButKept()
    {
        var first = Store.Add(_articleId, SpanKind.Claim, 0, 13, null, Casey, Now).Span!;
        var second = Store.Add(_articleId, SpanKind.Claim, 14, 24, null, Casey, Now).Span!;

        var merged = Store.Merge(first.Id, second.Id, Casey, Now).Span!;

        Assert.Equal((first.Id, "Taxes rose 4% last year."), (merged.Id, merged.Anchor.Exact));
        var gone = Store.Find(second.Id)!;
        Assert.Equal((SpanStatus.Rejected, $"Merged into #{first.Id}"), (gone.Status, gone.DismissReason));
    }

    [Fact]
    public void Merge_ClaimWithQuote_IsRefused()
    {
        var claim = Store.Add(_articleId, SpanKind.Claim, 0, 24, null, Casey, Now).Span!;
        var quote = Store.Add(_articleId, SpanKind.Quote, 26, 42, null, Casey, Now).Span!;

        Assert.Equal("Only two claims or two quotes of the same article can be merged.", Store.Merge(claim.Id, quote.Id, Casey, Now).Error);
    }

    [Fact]
    public void Split_AtAWordBoundary_KeepsTheFirstPartsIdAndAddsTheRest()
    {
        var claim = Store.Add(_articleId, SpanKind.Claim, 0, 24, null, Casey, Now).Span!;

        var first = Store.Split(claim.Id, 13, Casey, Now).Span!;

        Assert.Equal((claim.Id, "Taxes rose 4%"), (first.Id, first.Anchor.Exact));
        Assert.Contains(Store.ForArticle(_articleId), s => s.Id != claim.Id && s.Anchor.Exact == "last year.");
        Assert.Equal("Put the cursor inside the span, between two words, to split it there.", Store.Split(claim.Id, 0, Casey, Now).Error);
    }

    [Fact]
    public void Changes_AreAnnouncedAfterCommit()
    {
        var heard = new List<ArticleChange>();
        using var _ = _temp.Db.Changes.Subscribe(_articleId, heard.Add);

        Store.Add(_articleId, SpanKind.Claim, 0, 24, null, Casey, Now);
        Store.Add(_articleId, SpanKind.Claim, -5, 24, null, Casey, Now);

        var change = Assert.Single(heard);
        Assert.Equal((_articleId, ArticleChangeKind.Spans, "casey"), (change.ArticleId, change.Kind, change.Actor));
    }

    public void Dispose() => _temp.Dispose();
}
