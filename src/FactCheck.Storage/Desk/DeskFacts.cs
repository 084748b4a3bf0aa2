using FactCheck.Core.Review;
using LiteDB;

namespace FactCheck.Storage.Desk;

/// The desk's verdicts and articles as an in-memory snapshot for dashboards and queues. Reading 100,000
/// verdicts from LiteDB takes seconds, so the snapshot is loaded once and then brought up to date from
/// what was appended since: new audit entries name the verdicts and articles that changed.
public sealed class DeskFacts(FactCheckDb db)
{
    // Past this many changes a full reload is cheaper than patching.
    private const int MaxIncrementalChanges = 20_000;

    private readonly Lock _gate = new();
    private DeskSnapshot? _snapshot;

    /// The snapshot as of now: cheap when nothing changed (three index lookups).
    public DeskSnapshot Current()
    {
        var snapshot = _snapshot;
        var stamp = ReadStamp();
        if (snapshot is not null && snapshot.Stamp == stamp)
            return snapshot;
        lock (_gate)
        {
            stamp = ReadStamp();
            snapshot = _snapshot;
            if (snapshot is null || snapshot.Stamp != stamp)
                _snapshot = snapshot = snapshot is null ? Load(stamp) : Refresh(snapshot, stamp);
            return snapshot;
        }
    }

    /// Drops the snapshot so the next read loads everything again (after a restore, say).
    public void Reset()
    {
        lock (_gate)
            _snapshot = null;
    }

    private DeskStamp ReadStamp() => new(LastId("audit"), LastId("articles"), LastId("verdicts"));

    private int LastId(string collection)
    {
        // The primary key index answers this without reading documents; Max() throws on an empty collection.
        var last = db.Database.GetCollection(collection).Query().OrderByDescending("_id").Select("{_id}").Limit(1).ToEnumerable().FirstOrDefault();
        return last is not null && last["_id"].IsInt32 ? last["_id"].AsInt32 : 0;
    }

    private DeskSnapshot Load(DeskStamp stamp)
    {
        var strings = new StringPool();
        var verdicts = Verdicts(null, strings).ToArray();
        var articles = new Dictionary<int, ArticleFact>();
        var sources = new Dictionary<int, string[]>();
        foreach (var (article, spanSources) in Articles(null, strings))
        {
            articles[article.Id] = article;
            foreach (var (spanId, names) in spanSources)
                sources[spanId] = names;
        }
        return new DeskSnapshot(verdicts, articles, sources, stamp);
    }

    private DeskSnapshot Refresh(DeskSnapshot old, DeskStamp stamp)
    {
        if (stamp.LastAuditId < old.Stamp.LastAuditId || stamp.LastVerdictId < old.Stamp.LastVerdictId || stamp.LastArticleId < old.Stamp.LastArticleId
            || stamp.LastAuditId - old.Stamp.LastAuditId > MaxIncrementalChanges || stamp.LastVerdictId - old.Stamp.LastVerdictId > MaxIncrementalChanges)
            return Load(stamp);

        var changedVerdicts = new HashSet<int>();
        var changedArticles = new HashSet<int>();
        foreach (var entry in db.Database.GetCollection("audit").Find(Query.GT("_id", old.Stamp.LastAuditId)))
        {
            if (entry["VerdictId"].IsInt32)
                changedVerdicts.Add(entry["VerdictId"].AsInt32);
            else if (entry["ArticleId"].IsInt32 && entry["ArticleId"].AsInt32 > 0)
                changedArticles.Add(entry["ArticleId"].AsInt32);
        }

        var strings = new StringPool();
        var verdicts = old.Verdicts.ToArray();
        var added = new List<VerdictFact>();
        var fresh = Verdicts(Query.GT("_id", old.Stamp.LastVerdictId), strings)
            .Concat(Verdicts(ById(changedVerdicts.Where(id => id <= old.Stamp.LastVerdictId)), strings));
        foreach (var verdict in fresh)
        {
            if (old.PositionOf(verdict.Id) is { } i)
                verdicts[i] = verdict;
            else
                added.Add(verdict);
        }
        if (added.Count > 0)
            verdicts = [.. verdicts, .. added.DistinctBy(v => v.Id).OrderBy(v => v.Id)];

        var articles = new Dictionary<int, ArticleFact>(old.Articles);
        var sources = new Dictionary<int, string[]>(old.SourcesBySpan);
        var changed = Articles(Query.GT("_id", old.Stamp.LastArticleId), strings)
            .Concat(Articles(ById(changedArticles.Where(id => id <= old.Stamp.LastArticleId)), strings));
        foreach (var (article, spanSources) in changed)
        {
            articles[article.Id] = article;
            foreach (var (spanId, names) in spanSources)
                sources[spanId] = names;
        }
        return new DeskSnapshot(verdicts, articles, sources, stamp);
    }

    // Separate queries: LiteDB answers an OR of two conditions with a full scan, but each of these with an index.
    private static BsonExpression ById(IEnumerable<int> ids) => Query.In("_id", ids.Select(id => new BsonValue(id)).DefaultIfEmpty(new BsonValue(-1)));

    private IEnumerable<VerdictFact> Verdicts(BsonExpression? where, StringPool strings) =>
        Where(db.Database.GetCollection("verdicts").Query(), where)
            .Select("{_id, ArticleId, SpanId, Checker, RatingKey, Status, CreatedAt, UpdatedAt, SubmittedAt, ReviewedAt, PublishedAt, Reviewer}")
            .ToEnumerable()
            .Select(d => new VerdictFact(
                d["_id"].AsInt32,
                d["ArticleId"].AsInt32,
                d["SpanId"].AsInt32,
                strings.Get(d["Checker"].AsString),
                strings.Get(d["RatingKey"].AsString),
                Enum.Parse<VerdictStatus>(d["Status"].AsString),
                Utc(d["CreatedAt"])!.Value,
                Utc(d["UpdatedAt"])!.Value,
                Utc(d["SubmittedAt"]),
                Utc(d["ReviewedAt"]),
                Utc(d["PublishedAt"]),
                d["Reviewer"].IsString ? strings.Get(d["Reviewer"].AsString) : null));

    private IEnumerable<(ArticleFact Article, IEnumerable<(int SpanId, string[] Names)> Sources)> Articles(BsonExpression? where, StringPool strings) =>
        Where(db.Database.GetCollection("articles").Query(), where)
            .Select("{_id, Title, Outlet, ImportedAt, ScaleId, Sources}")
            .ToEnumerable()
            .Select(d =>
            {
                var article = new ArticleFact(
                    d["_id"].AsInt32,
                    d["Title"].AsString,
                    d["Outlet"].IsString ? strings.Get(d["Outlet"].AsString) : null,
                    Utc(d["ImportedAt"])!.Value,
                    d["ScaleId"].IsString ? strings.Get(d["ScaleId"].AsString) : RatingScale.DefaultId);
                var bySpan = d["Sources"].IsArray
                    ? d["Sources"].AsArray
                        .SelectMany(s => s["SpanIds"].IsArray
                            ? s["SpanIds"].AsArray.Select(id => (SpanId: id.AsInt32, Name: strings.Get(s["Name"].AsString)))
                            : [])
                        .GroupBy(x => x.SpanId)
                        .Select(g => (g.Key, g.Select(x => x.Name).Distinct().ToArray()))
                        .ToArray()
                    : [];
                return (article, (IEnumerable<(int, string[])>)bySpan);
            });

    private static ILiteQueryable<BsonDocument> Where(ILiteQueryable<BsonDocument> query, BsonExpression? where) =>
        where is null ? query : query.Where(where);

    private static DateTime? Utc(BsonValue value) =>
        value.IsDateTime ? DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc) : null;

    /// One string instance per distinct user name, rating key or outlet across 100,000 facts.
    private sealed class StringPool
    {
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

        public string Get(string value) => _strings.TryGetValue(value, out var pooled) ? pooled : _strings[value] = value;
    }
}
