using System.Globalization;
using FactCheck.Core.Anchoring;
using FactCheck.Core.Articles;
using FactCheck.Core.Text;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage;

/// Every version of an article's text, and the one way a new version comes in: stored, made current, and every
/// span re-anchored in the same transaction. Spans keep their ids, so verdicts (and anything else tied to a span)
/// stay attached; spans that cannot be found are marked orphaned and kept with their last text, never deleted.
public sealed class RevisionStore(FactCheckDb db, SpanReanchorer reanchorer)
{
    public RevisionStore(FactCheckDb db) : this(db, SpanReanchorer.Default)
    {
    }

    /// Oldest first. An article stored before revisions were kept shows its current text as its only version.
    public IReadOnlyList<ArticleRevision> History(int articleId)
    {
        var stored = db.Revisions.Find(r => r.ArticleId == articleId).OrderBy(r => r.Number).Select(r => r.ToModel()).ToList();
        if (db.Articles.FindById(articleId) is { } article && stored.All(r => r.Number != article.Revision))
            stored.Add(Unrecorded(article).ToModel());
        return stored;
    }

    public string? TextOf(int articleId, int number)
    {
        var stored = db.Revisions.FindOne(r => r.ArticleId == articleId && r.Number == number);
        if (stored is not null)
            return stored.Text;
        var article = db.Articles.FindById(articleId);
        return article?.Revision == number ? article.Text : null;
    }

    /// Stores <paramref name="revision"/> as the article's current text and re-anchors its spans. The engine's
    /// <paramref name="suggestions"/> for the new text are added only where no span of the same kind already lies,
    /// so rejected suggestions do not come back and accepted ones are not doubled; new text gets fresh suggestions.
    public RevisionReport Import(int articleId, NewRevision revision, SpanSuggestions suggestions, Actor actor, DateTime importedAt)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(suggestions);
        return db.InTransaction(() =>
        {
            var article = db.Articles.FindById(articleId) ?? throw new KeyNotFoundException($"There is no article with id {articleId}.");
            if (article.Text == revision.Text)
                return RevisionReport.Unchanged(articleId);
            if (!db.Revisions.Exists(r => r.ArticleId == articleId && r.Number == article.Revision))
                db.Revisions.Insert(Unrecorded(article));

            var map = OffsetMap.Between(article.Text, revision.Text);
            var spans = db.Spans.Find(s => s.ArticleId == articleId).OrderBy(s => s.Start).ToList();
            var requests = spans.Select(s => new AnchorRequest(
                new TextAnchor(s.Start, s.End, s.Exact, s.Prefix, s.Suffix),
                WasOrphaned: s.Anchoring == nameof(AnchorState.Orphaned),
                Group: (int)Enum.Parse<SpanKind>(s.Kind))).ToArray();
            var matches = reanchorer.Reanchor(map, article.Text.Length, revision.Text, requests);
            for (var i = 0; i < spans.Count; i++)
                Apply(spans[i], matches[i], map);
            db.Spans.Update(spans);

            var (added, suggestionIds) = AddSuggestions(articleId, suggestions, spans);
            article.Sources = MergeSources(article.Sources, suggestions, suggestionIds, map);
            article.Text = revision.Text;
            article.Revision++;
            db.Articles.Update(article);

            var document = new RevisionDocument
            {
                ArticleId = articleId,
                Number = article.Revision,
                Text = revision.Text,
                ImportedAt = importedAt.ToStoredPrecision(),
                Origin = revision.Origin.ToString(),
                Source = Clean(revision.Source),
                ImportedBy = Clean(revision.ImportedBy),
                Anchored = spans.Count(s => s.Anchoring == nameof(AnchorState.Anchored)),
                Changed = spans.Count(s => s.Anchoring == nameof(AnchorState.Changed)),
                Orphaned = spans.Count(s => s.Anchoring == nameof(AnchorState.Orphaned)),
                SuggestionsAdded = added.Count,
            };
            db.Revisions.Insert(document);
            AuditLog.Append(db, importedAt, actor.UserName, "article.revised", articleId, null, null, (
                new Dictionary<string, string?> { ["Revision"] = (document.Number - 1).ToString(CultureInfo.InvariantCulture) },
                new Dictionary<string, string?>
                {
                    ["Revision"] = document.Number.ToString(CultureInfo.InvariantCulture),
                    ["Origin"] = document.Origin,
                    ["Source"] = document.Source,
                    ["Anchored"] = document.Anchored.ToString(CultureInfo.InvariantCulture),
                    ["Changed"] = document.Changed.ToString(CultureInfo.InvariantCulture),
                    ["Orphaned"] = document.Orphaned.ToString(CultureInfo.InvariantCulture),
                    ["SuggestionsAdded"] = document.SuggestionsAdded.ToString(CultureInfo.InvariantCulture),
                }));
            db.Notify(new ArticleChange(articleId, ArticleChangeKind.Article, actor.UserName));
            db.Notify(new ArticleChange(articleId, ArticleChangeKind.Spans, actor.UserName));

            ArticleSpan[] With(AnchorState state) =>
                spans.Where(s => s.Anchoring == state.ToString()).Select(s => s.ToModel()).ToArray();
            return new RevisionReport(articleId, document.ToModel(), With(AnchorState.Anchored), With(AnchorState.Changed), With(AnchorState.Orphaned),
                added.Select(s => s.ToModel()).ToArray());
        });
    }

    private static void Apply(SpanDocument span, AnchorMatch match, OffsetMap map)
    {
        if (match.Anchor is not { } anchor)
        {
            // Keep the last anchor as it was: its text is what the checker needs to see in the orphan list.
            span.Anchoring = nameof(AnchorState.Orphaned);
            span.PreviousExact = null;
            if (span.Speaker is { } orphanSpeaker)
                orphanSpeaker.Mention = orphanSpeaker.CueSpan = null;
            return;
        }
        var wasOrphaned = span.Anchoring == nameof(AnchorState.Orphaned);
        span.Anchoring = match.State.ToString();
        span.PreviousExact = match.State == AnchorState.Changed ? span.Exact : null;
        span.Start = anchor.Start;
        span.End = anchor.End;
        span.Exact = anchor.Exact;
        span.Prefix = anchor.Prefix;
        span.Suffix = anchor.Suffix;
        if (span.Speaker is { } speaker && !wasOrphaned)
        {
            speaker.Mention = MapRange(speaker.Mention, map);
            speaker.CueSpan = MapRange(speaker.CueSpan, map);
        }
    }

    /// Inserts the suggestions no live span of the same kind overlaps; returns them and, per suggestion index, the
    /// id of the span that stands for it (new, or the existing span it overlaps most), for linking sources.
    private (List<SpanDocument> Added, int?[] Ids) AddSuggestions(int articleId, SpanSuggestions suggestions, List<SpanDocument> spans)
    {
        var live = spans.Where(s => s.Anchoring != nameof(AnchorState.Orphaned)).ToArray();
        var added = new List<SpanDocument>();
        var ids = new int?[suggestions.Spans.Count];
        var toInsert = new List<(int Index, SpanDocument Document)>();
        for (var i = 0; i < suggestions.Spans.Count; i++)
        {
            var suggestion = suggestions.Spans[i];
            var kind = suggestion.Kind.ToString();
            var span = suggestion.Anchor.Span;
            var existing = live
                .Where(s => s.Kind == kind && span.OverlapsWith(TextSpan.FromBounds(s.Start, s.End)))
                .MaxBy(s => Math.Min(s.End, span.End) - Math.Max(s.Start, span.Start));
            if (existing is not null)
                ids[i] = existing.Id;
            else
                toInsert.Add((i, suggestion.ToDocument(articleId)));
        }
        foreach (var (index, document) in toInsert)
        {
            db.Spans.Insert(document);
            ids[index] = document.Id;
            added.Add(document);
        }
        return (added, ids);
    }

    /// The new text's sources, linked to the spans that stand for their suggestions; links and sources of the old
    /// text that the engine no longer finds are kept, with mentions carried over where their text is unchanged.
    private static List<SourceDocument> MergeSources(List<SourceDocument> old, SpanSuggestions suggestions, int?[] ids, OffsetMap map)
    {
        var merged = suggestions.Sources.Select(s => new SourceDocument
        {
            Name = s.Name,
            Kind = s.Kind.ToString(),
            Cue = s.Cue,
            Mentions = s.Mentions.Select(DocumentMapping.ToRange).ToList(),
            SpanIds = s.SuggestionIndexes.Select(i => ids[i]).OfType<int>().Distinct().ToList(),
        }).ToList();
        foreach (var source in old)
        {
            if (merged.FirstOrDefault(m => m.Name == source.Name && m.Kind == source.Kind) is { } current)
            {
                current.SpanIds = current.SpanIds.Union(source.SpanIds).ToList();
                continue;
            }
            source.Mentions = source.Mentions.Select(m => MapRange(m, map)).OfType<RangeDocument>().ToList();
            merged.Add(source);
        }
        return merged;
    }

    private static RangeDocument? MapRange(RangeDocument? range, OffsetMap map) =>
        range is not null && map.TryMapUnchanged(range.Start, range.End, out var start)
            ? new RangeDocument { Start = start, End = start + (range.End - range.Start) }
            : null;

    private static RevisionDocument Unrecorded(ArticleDocument article) => new()
    {
        ArticleId = article.Id,
        Number = article.Revision,
        Text = article.Text,
        ImportedAt = article.ImportedAt,
        Origin = nameof(RevisionOrigin.Unrecorded),
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
