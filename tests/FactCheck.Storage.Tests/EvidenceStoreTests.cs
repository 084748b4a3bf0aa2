using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Evidence;
using FactCheck.Core.Sources;

namespace FactCheck.Storage.Tests;

public class EvidenceStoreTests : IDisposable
{
    private const string Text = "The bridge cost $12 million, the council said.";
    private static readonly DateTime Now = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Casey = new("casey", Role.FactChecker);
    private readonly TempDatabase _temp = new();
    private readonly int _spanId;

    public EvidenceStoreTests()
    {
        var articleId = _temp.Articles.Add(new NewArticle("Bridge", Text), new SpanSuggestions([], []), Now);
        _spanId = _temp.Spans.Add(articleId, SpanKind.Claim, 0, Text.Length, null, Casey, Now).Span!.Id;
    }

    private static EvidenceDraft Budget => new(
        "City of Springfield", SourceKind.GovernmentBody, EvidenceStance.Refutes,
        "https://springfield.example/budget-2025", "https://web.archive.org/web/2025/https://springfield.example/budget-2025",
        "Bridge repairs: $14.2 million", "Line 14 of the adopted budget.");

    [Fact]
    public void Add_WithSnapshot_IsThereAfterReopeningWithItsHash()
    {
        var snapshot = PageSnapshot.Create("https://springfield.example/budget-2025", "Budget 2025", "Bridge repairs: $14.2 million\n\nRoads: $3 million", Now);

        var added = _temp.Evidence.Add(_spanId, Budget, snapshot, Casey, Now).Evidence!;
        _temp.Reopen();

        var stored = Assert.Single(_temp.Evidence.ForSpan(_spanId));
        Assert.Equal(added, stored);
        Assert.Equal((EvidenceStance.Refutes, "Bridge repairs: $14.2 million"), (stored.Stance, stored.Passage));
        var kept = _temp.Evidence.Snapshot(stored.SnapshotSha256!)!;
        Assert.Equal(snapshot, kept);
        Assert.Equal(PageSnapshot.HashOf(kept.Text), kept.Sha256);
        Assert.Equal(64, kept.Sha256.Length);
    }

    [Fact]
    public void Add_InvalidDraft_ReportsEachFieldAndStoresNothing()
    {
        var draft = new EvidenceDraft(" ", null, EvidenceStance.Supports, Url: "ftp://x", ArchiveUrl: "not a url");

        var result = _temp.Evidence.Add(_spanId, draft, null, Casey, Now);

        Assert.Equal("Source is required.", result.Errors["SourceName"]);
        Assert.Equal("URL must be an absolute http or https address.", result.Errors["Url"]);
        Assert.Equal("Archive URL must be an absolute http or https address.", result.Errors["ArchiveUrl"]);
        Assert.Empty(_temp.Evidence.ForSpan(_spanId));
    }

    [Fact]
    public void Update_FromAnOlderVersion_IsRefusedAndKeepsTheNewer()
    {
        var added = _temp.Evidence.Add(_spanId, Budget, null, Casey, Now).Evidence!;
        _temp.Evidence.Update(added.Id, Budget with { Note = "Newer note." }, added.Version, Casey, Now);

        var stale = _temp.Evidence.Update(added.Id, Budget with { Note = "Stale note." }, added.Version, Casey, Now);

        Assert.False(stale.Succeeded);
        Assert.Equal("Newer note.", _temp.Evidence.ForSpan(_spanId).Single().Note);
    }

    [Fact]
    public void Remove_HidesItButTheAuditTrailKeepsWhatItSaid()
    {
        var added = _temp.Evidence.Add(_spanId, Budget, null, Casey, Now).Evidence!;

        _temp.Evidence.Remove(added.Id, Casey, Now);

        Assert.Empty(_temp.Evidence.ForSpan(_spanId));
        var removal = _temp.Audit.ForSpan(_spanId).Last();
        Assert.Equal(("evidence.removed", "Bridge repairs: $14.2 million"), (removal.Action, removal.Before.GetValueOrDefault("Passage") ?? _temp.Audit.ForSpan(_spanId).First(e => e.Action == "evidence.added").After["Passage"]));
    }

    [Fact]
    public void KnownSources_ListsNamesUsedBefore()
    {
        _temp.Evidence.Add(_spanId, Budget, null, Casey, Now);

        Assert.Contains(("City of Springfield", (SourceKind?)SourceKind.GovernmentBody), _temp.Evidence.KnownSources());
    }

    public void Dispose() => _temp.Dispose();
}
