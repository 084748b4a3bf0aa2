using FactCheck.Core;
using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;

namespace FactCheck.Storage.Tests;

public class RevisionStoreTests : IDisposable
{
    private static readonly string Version1 = ReadStory("harbor-v1");
    private static readonly string Version2 = ReadStory("harbor-v2");
    private static readonly DateTime FirstImport = new(2026, 2, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SecondImport = new(2026, 2, 3, 14, 30, 0, DateTimeKind.Utc);
    private static readonly Actor Casey = new("casey", Role.FactChecker);
    private readonly TempDatabase _temp = new();

    private static string ReadStory(string name)
    {
        var content = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "revisions", name + ".txt")).ReplaceLineEndings("\n");
        return content[(content.IndexOf('\n') + 1)..].TrimStart('\n');
    }

    private static SpanSuggestions Suggest(string text) => SpanSuggestions.From(ArticleAnalyzer.Default.Analyze(text));

    private int AddHarbor(params SpanSuggestion[] extra)
    {
        var engine = Suggest(Version1);
        var suggestions = new SpanSuggestions([.. engine.Spans, .. extra], engine.Sources);
        return new ArticleStore(_temp.Db).Add(new NewArticle("Harbor plan", Version1, "Port Alder Courier"), suggestions, FirstImport);
    }

    // A span as a checker would mark it, on text the engine does not propose.
    private static SpanSuggestion Marked(string exact, SpanKind kind = SpanKind.Claim, Core.Quotes.Speaker? speaker = null)
    {
        var start = Version1.IndexOf(exact, StringComparison.Ordinal);
        Assert.True(start >= 0, exact);
        return new SpanSuggestion(kind, TextAnchor.Create(Version1, new(start, exact.Length)), null, [], speaker, null);
    }

    [Fact]
    public void Import_EditedStory_ReanchorsSpansAndKeepsBothRevisionsAfterReopening()
    {
        var id = AddHarbor();
        var before = new ArticleStore(_temp.Db).Spans(id);

        var report = new RevisionStore(_temp.Db).Import(id, new NewRevision(Version2, RevisionOrigin.Paste, ImportedBy: "Casey Checker"), Suggest(Version2), Casey, SecondImport);
        _temp.Reopen();
        var articles = new ArticleStore(_temp.Db);
        var revisions = new RevisionStore(_temp.Db);

        Assert.True(report.FoundShare >= 0.95, $"{report.FoundShare:P0} found");
        Assert.NotEmpty(report.Changed);
        Assert.Single(report.Orphaned);
        var article = articles.Find(id)!;
        Assert.Equal(Version2, article.Text);
        Assert.Equal(2, article.Revision);
        Assert.Equal(
            [(1, RevisionOrigin.Unrecorded, FirstImport, (string?)null), (2, RevisionOrigin.Paste, SecondImport, "Casey Checker")],
            revisions.History(id).Select(r => (r.Number, r.Origin, r.ImportedAt, r.ImportedBy)));
        Assert.Equal(Version1, revisions.TextOf(id, 1));
        Assert.Equal(Version2, revisions.TextOf(id, 2));
        var second = revisions.History(id)[1];
        Assert.Equal((report.Anchored.Count, report.Changed.Count, 1), (second.Anchored, second.Changed, second.Orphaned));

        var after = articles.Spans(id);
        Assert.All(before, old => Assert.Contains(after, s => s.Id == old.Id));
        foreach (var span in after.Where(s => s.Anchoring != AnchorState.Orphaned))
        {
            Assert.Equal(Version2[span.Anchor.Start..span.Anchor.End], span.Anchor.Exact);
            Assert.Equal(TextAnchor.Create(Version2, span.Anchor.Span), span.Anchor);
        }
    }

    [Fact]
    public void Import_VerdictsOnAnchoredChangedAndOrphanedSpans_StayAttached()
    {
        var id = AddHarbor(Marked("The goverment in the state capital confirmed last month that the grant had been awarded"));
        var spans = new ArticleStore(_temp.Db).Spans(id);
        var verdicts = _temp.Verdicts;
        var onChanged = spans.First(s => s.Anchor.Exact.Contains("goverment", StringComparison.Ordinal));
        var onOrphan = spans.First(s => s.Anchor.Exact.Contains("1,800 construction jobs", StringComparison.Ordinal));
        var onAnchored = spans.First(s => s.Anchor.Exact.Contains("carried 410,000 passengers", StringComparison.Ordinal));
        verdicts.Save(onChanged.Id, Casey, "true", "The state grant letter says so.", null, FirstImport);
        verdicts.Save(onOrphan.Id, Casey, "unverifiable", "The chamber would not share its method.", null, FirstImport);
        verdicts.Save(onAnchored.Id, Casey, "mostly-true", "Transit authority report, table 3.", null, FirstImport);

        new RevisionStore(_temp.Db).Import(id, new NewRevision(Version2), Suggest(Version2), Casey, SecondImport);
        _temp.Reopen();
        var articles = new ArticleStore(_temp.Db);

        var changed = articles.FindSpan(onChanged.Id)!;
        Assert.Equal(AnchorState.Changed, changed.Anchoring);
        Assert.Equal(onChanged.Anchor.Exact, changed.PreviousExact);
        Assert.Contains("The government in the state capital", changed.Anchor.Exact);
        var orphan = articles.FindSpan(onOrphan.Id)!;
        Assert.Equal(AnchorState.Orphaned, orphan.Anchoring);
        Assert.Equal(onOrphan.Anchor, orphan.Anchor);
        Assert.Equal(AnchorState.Anchored, articles.FindSpan(onAnchored.Id)!.Anchoring);
        var stored = _temp.Verdicts.ForArticle(id).ToDictionary(v => v.SpanId, v => v.RatingKey);
        Assert.Equal("true", stored[onChanged.Id]);
        Assert.Equal("unverifiable", stored[onOrphan.Id]);
        Assert.Equal("mostly-true", stored[onAnchored.Id]);
    }

    [Fact]
    public void Import_InsertedParagraph_GetsNewSuggestionsWithoutDoublingExistingSpans()
    {
        var id = AddHarbor();
        var before = new ArticleStore(_temp.Db).Spans(id);

        var report = new RevisionStore(_temp.Db).Import(id, new NewRevision(Version2), Suggest(Version2), Casey, SecondImport);

        Assert.NotEmpty(report.Added);
        Assert.Contains(report.Added, s => s.Kind == SpanKind.Quote && s.Anchor.Exact.Contains("We fund projects that can show their numbers", StringComparison.Ordinal));
        var after = new ArticleStore(_temp.Db).Spans(id);
        Assert.Equal(before.Count + report.Added.Count, after.Count);
        // A new suggestion never overlaps a span of its kind that was already there.
        var kept = after.Where(s => s.Anchoring != AnchorState.Orphaned && before.Any(b => b.Id == s.Id)).ToArray();
        Assert.All(report.Added, added => Assert.DoesNotContain(kept, s => s.Kind == added.Kind && s.Anchor.Span.OverlapsWith(added.Anchor.Span)));
    }

    [Fact]
    public void Import_ParagraphRestoredInThirdRevision_OrphanFoundAgain()
    {
        var id = AddHarbor();
        var store = new RevisionStore(_temp.Db);
        store.Import(id, new NewRevision(Version2), Suggest(Version2), Casey, SecondImport);
        var orphan = Assert.Single(new ArticleStore(_temp.Db).Spans(id), s => s.Anchoring == AnchorState.Orphaned);

        var report = store.Import(id, new NewRevision(Version1, RevisionOrigin.Url, "https://example.org/harbor"), Suggest(Version1), Casey, SecondImport.AddDays(1));

        var addedInSecond = new ArticleStore(_temp.Db).Spans(id).Where(s => s.Anchor.Start >= 0 && !Version1.Contains(s.Anchor.Exact, StringComparison.Ordinal)).Select(s => s.Id);
        Assert.Equal(addedInSecond.Order(), report.Orphaned.Select(s => s.Id).Order());
        Assert.DoesNotContain(report.Orphaned, s => s.Id == orphan.Id);
        var back = new ArticleStore(_temp.Db).FindSpan(orphan.Id)!;
        Assert.Equal(AnchorState.Anchored, back.Anchoring);
        Assert.Equal(Version1[back.Anchor.Start..back.Anchor.End], back.Anchor.Exact);
        Assert.Equal([1, 2, 3], store.History(id).Select(r => r.Number));
        Assert.Equal("https://example.org/harbor", store.History(id)[2].Source);
    }

    [Fact]
    public void Import_SameText_StoresNoRevision()
    {
        var id = AddHarbor();

        var report = new RevisionStore(_temp.Db).Import(id, new NewRevision(Version1), Suggest(Version1), Casey, SecondImport);

        Assert.True(report.TextUnchanged);
        Assert.Equal(1, new ArticleStore(_temp.Db).Find(id)!.Revision);
        Assert.Single(new RevisionStore(_temp.Db).History(id));
    }

    [Fact]
    public void Import_QuoteSpeaker_MentionCarriedToTheNewText()
    {
        var mention = Version1.IndexOf("Dana Kowalski", StringComparison.Ordinal);
        var cue = Version1.LastIndexOf("said", mention, StringComparison.Ordinal);
        var kowalski = new Core.Quotes.Speaker("Dana Kowalski", true, "kayak rental owner", null, new(mention, "Dana Kowalski".Length), "said", new(cue, 4));
        var id = AddHarbor(Marked("Every winter we hold our breath,", SpanKind.Quote, kowalski));
        var quote = new ArticleStore(_temp.Db).Spans(id).First(s => s.Speaker?.Name == "Dana Kowalski" && s.Speaker.Mention is not null && s.Anchor.Exact == "Every winter we hold our breath,");

        new RevisionStore(_temp.Db).Import(id, new NewRevision(Version2), Suggest(Version2), Casey, SecondImport);

        var speaker = new ArticleStore(_temp.Db).FindSpan(quote.Id)!.Speaker!;
        Assert.NotNull(speaker.Mention);
        Assert.Equal(Version1.Substring(quote.Speaker!.Mention!.Value.Start, quote.Speaker.Mention.Value.Length),
            Version2.Substring(speaker.Mention.Value.Start, speaker.Mention.Value.Length));
    }

    [Fact]
    public void Import_UnknownArticle_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => new RevisionStore(_temp.Db).Import(404, new NewRevision("Text."), Suggest("Text."), Casey, SecondImport));
    }

    [Fact]
    public void RevisionImporter_EmptyText_RefusedAndNothingStored()
    {
        var id = AddHarbor();
        var importer = new RevisionImporter(new RevisionStore(_temp.Db), ArticleAnalyzer.Default, new ArticleLimits(), TimeProvider.System);

        var result = importer.Import(id, new NewRevision("   "), Casey);

        Assert.Equal("Text is required.", result.Error);
        Assert.Single(new RevisionStore(_temp.Db).History(id));
        Assert.Equal(Version1, new ArticleStore(_temp.Db).Find(id)!.Text);
    }

    [Fact]
    public void Import_NewVersion_IsAuditedAndAnnouncedToOpenWorkbenches()
    {
        var id = AddHarbor();
        var changes = new List<ArticleChange>();
        using var subscription = _temp.Db.Changes.Subscribe(id, changes.Add);

        new RevisionStore(_temp.Db).Import(id, new NewRevision(Version2), Suggest(Version2), Casey, SecondImport);

        Assert.Contains(new ArticleChange(id, ArticleChangeKind.Article, "casey"), changes);
        Assert.Contains(new ArticleChange(id, ArticleChangeKind.Spans, "casey"), changes);
        var entry = Assert.Single(_temp.Audit.ForArticle(id), e => e.Action == "article.revised");
        Assert.Equal("casey", entry.Actor);
        Assert.Equal("2", entry.After["Revision"]);
        Assert.Equal("1", entry.After["Orphaned"]);
    }

    [Fact]
    public void Import_RejectedSuggestionStillInTheText_IsNotSuggestedAgain()
    {
        var id = AddHarbor();
        var rejected = new ArticleStore(_temp.Db).Spans(id).First(s => s.Anchor.Exact.Contains("carried 410,000 passengers", StringComparison.Ordinal));
        Assert.True(_temp.Spans.Reject(rejected.Id, "not check-worthy", Casey, FirstImport).Succeeded);

        var report = new RevisionStore(_temp.Db).Import(id, new NewRevision(Version2), Suggest(Version2), Casey, SecondImport);

        Assert.DoesNotContain(report.Added, s => s.Anchor.Exact.Contains("carried 410,000 passengers", StringComparison.Ordinal));
        var kept = new ArticleStore(_temp.Db).FindSpan(rejected.Id)!;
        Assert.Equal(SpanStatus.Rejected, kept.Status);
        Assert.Equal(AnchorState.Anchored, kept.Anchoring);
    }

    public void Dispose() => _temp.Dispose();
}
