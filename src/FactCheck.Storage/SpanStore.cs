using FactCheck.Core.Articles;
using FactCheck.Core.Quotes;
using FactCheck.Core.Text;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage;

/// A checker's changes to the claims and quotes of an article: marking, accepting, dismissing, resizing,
/// merging and splitting. Spans are never deleted; every change is audited and announced.
public sealed class SpanStore(FactCheckDb db)
{
    public const int MaxSpanLength = 20_000;

    public IReadOnlyList<ArticleSpan> ForArticle(int articleId) =>
        db.Spans.Find(s => s.ArticleId == articleId).Select(s => s.ToModel()).OrderBy(s => s.Anchor.Start).ThenBy(s => s.Kind).ToArray();

    public ArticleSpan? Find(int spanId) => db.Spans.FindById(spanId)?.ToModel();

    /// Marks the text between <paramref name="start"/> and <paramref name="end"/> as a claim or quote.
    public SpanResult Add(int articleId, SpanKind kind, int start, int end, Speaker? speaker, Actor actor, DateTime now) => db.InTransaction(() =>
    {
        var article = db.Articles.FindById(articleId);
        if (article is null)
            return SpanResult.Refused($"There is no article with id {articleId}.");
        if (Bounds(article.Text, start, end) is not { } bounds)
            return SpanResult.Refused(BoundsError(article.Text, start, end));
        if (db.Spans.Exists(s => s.ArticleId == articleId && s.Kind == kind.ToString() && s.Start == bounds.Start && s.End == bounds.End && s.Status != nameof(SpanStatus.Rejected)))
            return SpanResult.Refused($"This text is already marked as a {kind.ToString().ToLowerInvariant()}.");
        var anchor = TextAnchor.Create(article.Text, bounds);
        var document = new SpanSuggestion(kind, anchor, null, [], kind == SpanKind.Quote ? speaker : null, null).ToDocument(articleId);
        document.Origin = nameof(SpanOrigin.Checker);
        document.Status = nameof(SpanStatus.Accepted);
        db.Spans.Insert(document);
        return Commit(document, null, actor, "span.added", now);
    });

    public SpanResult Accept(int spanId, Actor actor, DateTime now) => Change(spanId, actor, now, "span.accepted", d =>
    {
        d.Status = nameof(SpanStatus.Accepted);
        d.DismissReason = null;
        return null;
    });

    public SpanResult Reject(int spanId, string? reason, Actor actor, DateTime now) => Change(spanId, actor, now, "span.rejected", d =>
    {
        if (string.IsNullOrWhiteSpace(reason))
            return "Say why it is dismissed.";
        d.Status = nameof(SpanStatus.Rejected);
        d.DismissReason = reason.Trim();
        return null;
    });

    public SpanResult Resize(int spanId, int start, int end, Actor actor, DateTime now) => Change(spanId, actor, now, "span.resized", d =>
    {
        var text = db.Articles.FindById(d.ArticleId)!.Text;
        if (Bounds(text, start, end) is not { } bounds)
            return BoundsError(text, start, end);
        SetAnchor(d, TextAnchor.Create(text, bounds));
        return null;
    });

    public SpanResult SetSpeaker(int spanId, Speaker? speaker, Actor actor, DateTime now) => Change(spanId, actor, now, "span.speaker", d =>
    {
        if (d.Kind != nameof(SpanKind.Quote))
            return "Only quotes have a speaker.";
        d.Speaker = speaker?.ToDocument();
        return null;
    });

    /// Joins two spans of the same kind into the first, which then covers both; the second is dismissed as merged.
    public SpanResult Merge(int firstId, int secondId, Actor actor, DateTime now) => db.InTransaction(() =>
    {
        var first = db.Spans.FindById(firstId);
        var second = db.Spans.FindById(secondId);
        if (first is null || second is null || firstId == secondId)
            return SpanResult.Refused("Choose two different spans to merge.");
        if (first.ArticleId != second.ArticleId || first.Kind != second.Kind)
            return SpanResult.Refused("Only two claims or two quotes of the same article can be merged.");
        var text = db.Articles.FindById(first.ArticleId)!.Text;
        var before = first.ToModel();
        var secondBefore = second.ToModel();
        SetAnchor(first, TextAnchor.Create(text, TextSpan.FromBounds(Math.Min(first.Start, second.Start), Math.Max(first.End, second.End))));
        first.Status = nameof(SpanStatus.Accepted);
        second.Status = nameof(SpanStatus.Rejected);
        second.DismissReason = $"Merged into #{first.Id}";
        db.Spans.Update(second);
        AuditLog.Append(db, now, actor.UserName, "span.merged-away", second.ArticleId, second.Id, null, AuditLog.Changes(secondBefore, second.ToModel()));
        return Commit(first, before, actor, "span.merged", now);
    });

    /// Cuts a span in two at <paramref name="at"/>; the first part keeps its id (and its verdict), the second is new.
    public SpanResult Split(int spanId, int at, Actor actor, DateTime now) => db.InTransaction(() =>
    {
        var document = db.Spans.FindById(spanId);
        if (document is null)
            return SpanResult.Refused($"There is no claim or quote with id {spanId}.");
        var text = db.Articles.FindById(document.ArticleId)!.Text;
        var left = Bounds(text, document.Start, at);
        var right = Bounds(text, at, document.End);
        if (at <= document.Start || at >= document.End || left is null || right is null)
            return SpanResult.Refused("Put the cursor inside the span, between two words, to split it there.");
        var before = document.ToModel();
        var rest = new SpanSuggestion(Enum.Parse<SpanKind>(document.Kind), TextAnchor.Create(text, right.Value), null, [], null, null).ToDocument(document.ArticleId);
        rest.Origin = nameof(SpanOrigin.Checker);
        rest.Status = nameof(SpanStatus.Accepted);
        rest.Speaker = document.Speaker;
        db.Spans.Insert(rest);
        AuditLog.Append(db, now, actor.UserName, "span.split-off", rest.ArticleId, rest.Id, null, AuditLog.Changes(null, rest.ToModel()));
        SetAnchor(document, TextAnchor.Create(text, left.Value));
        return Commit(document, before, actor, "span.split", now);
    });

    private SpanResult Change(int spanId, Actor actor, DateTime now, string action, Func<SpanDocument, string?> apply) => db.InTransaction(() =>
    {
        var document = db.Spans.FindById(spanId);
        if (document is null)
            return SpanResult.Refused($"There is no claim or quote with id {spanId}.");
        var before = document.ToModel();
        if (apply(document) is { } error)
            return SpanResult.Refused(error);
        return Commit(document, before, actor, action, now);
    });

    private SpanResult Commit(SpanDocument document, ArticleSpan? before, Actor actor, string action, DateTime now)
    {
        db.Spans.Upsert(document);
        var after = document.ToModel();
        AuditLog.Append(db, now, actor.UserName, action, after.ArticleId, after.Id, null, AuditLog.Changes(before, after));
        db.Notify(new ArticleChange(after.ArticleId, ArticleChangeKind.Spans, actor.UserName));
        return SpanResult.Ok(after);
    }

    private static void SetAnchor(SpanDocument document, TextAnchor anchor)
    {
        document.Start = anchor.Start;
        document.End = anchor.End;
        document.Exact = anchor.Exact;
        document.Prefix = anchor.Prefix;
        document.Suffix = anchor.Suffix;
        document.Anchoring = nameof(AnchorState.Anchored);
        document.PreviousExact = null;
    }

    /// The bounds without surrounding whitespace, or null when they are outside the text or cover no words.
    private static TextSpan? Bounds(string text, int start, int end)
    {
        if (start < 0 || end > text.Length || end <= start || end - start > MaxSpanLength)
            return null;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        // A selection never splits a character: widen it over a whole surrogate pair.
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]))
            start--;
        if (end > start && end < text.Length && char.IsHighSurrogate(text[end - 1]))
            end++;
        return end > start ? TextSpan.FromBounds(start, end) : null;
    }

    private static string BoundsError(string text, int start, int end) =>
        start < 0 || end > text.Length || end < start ? $"The selection ({start}–{end}) is outside the article's text ({text.Length} characters)."
        : end - start > MaxSpanLength ? $"A span can be at most {MaxSpanLength:N0} characters."
        : "Select some words of the article first.";
}
