namespace FactCheck.Storage.Desk;

/// Every verdict and article of the desk at one moment, as compact facts. Immutable: a change to the
/// database makes a new snapshot, so readers never see one half-updated.
public sealed class DeskSnapshot
{
    private static readonly IReadOnlyList<string> NoSources = [];
    private readonly Dictionary<int, int> _positionById;

    internal DeskSnapshot(VerdictFact[] verdicts, Dictionary<int, ArticleFact> articles, Dictionary<int, string[]> sourcesBySpan, DeskStamp stamp)
    {
        Verdicts = verdicts;
        Articles = articles;
        SourcesBySpan = sourcesBySpan;
        Stamp = stamp;
        _positionById = new Dictionary<int, int>(verdicts.Length);
        for (var i = 0; i < verdicts.Length; i++)
            _positionById[verdicts[i].Id] = i;
    }

    /// In id order.
    public IReadOnlyList<VerdictFact> Verdicts { get; }

    public IReadOnlyDictionary<int, ArticleFact> Articles { get; }

    /// Names of the sources the engine found cited for a span, by span id.
    internal IReadOnlyDictionary<int, string[]> SourcesBySpan { get; }

    internal DeskStamp Stamp { get; }

    public VerdictFact? Find(int verdictId) => _positionById.TryGetValue(verdictId, out var i) ? Verdicts[i] : null;

    internal int? PositionOf(int verdictId) => _positionById.TryGetValue(verdictId, out var i) ? i : null;

    public ArticleFact? Article(int articleId) => Articles.GetValueOrDefault(articleId);

    public IReadOnlyList<string> SourcesOf(int spanId) => SourcesBySpan.TryGetValue(spanId, out var names) ? names : NoSources;
}

/// The newest ids of the collections a snapshot was built from; any change appends to one of them.
internal readonly record struct DeskStamp(int LastAuditId, int LastArticleId, int LastVerdictId);
