using FactCheck.Core.Articles;
using FactCheck.Core.Evidence;
using FactCheck.Core.Review;
using FactCheck.Storage;
using FactCheck.Web.Features.Account;

namespace FactCheck.Web.Features.Workbench;

/// Which spans the list shows.
public enum SpanFilter
{
    Open,
    Claims,
    Quotes,
    Suggested,
    Dismissed,
    All,
}

/// What one checker sees of one article in the workbench: its spans, their verdicts and evidence, the
/// current selection and list filter. The page owns one per article; components read it and call its methods.
public sealed class WorkbenchState(
    int articleId,
    CurrentUser user,
    ArticleStore articles,
    SpanStore spans,
    VerdictStore verdicts,
    EvidenceStore evidence,
    ScaleStore scales,
    TimeProvider clock)
{
    public int ArticleId => articleId;

    public CurrentUser User => user;

    public Actor Actor { get; } = new(user.UserName, user.Role);

    public Article? Article { get; private set; }

    public RatingScale Scale { get; private set; } = RatingScale.Default;

    /// All spans of the article in text order, dismissed ones included. A new list on every change, so
    /// components can tell by reference whether to re-render.
    public IReadOnlyList<ArticleSpan> Spans { get; private set; } = [];

    public IReadOnlyDictionary<int, Verdict> Verdicts { get; private set; } = new Dictionary<int, Verdict>();

    public IReadOnlyDictionary<int, IReadOnlyList<EvidenceItem>> Evidence { get; private set; } = new Dictionary<int, IReadOnlyList<EvidenceItem>>();

    public SpanFilter Filter { get; private set; } = SpanFilter.Open;

    /// The spans the list shows, in text order.
    public IReadOnlyList<ArticleSpan> Visible { get; private set; } = [];

    /// The spans highlighted in the text: everything not dismissed.
    public IReadOnlyList<ArticleSpan> Highlighted { get; private set; } = [];

    public ArticleSpan? Selected { get; private set; }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public void Load()
    {
        Article = articles.Find(articleId);
        Scale = scales.Get(Article?.ScaleId);
        ReloadSpans();
        ReloadVerdicts();
        ReloadEvidence();
    }

    public void Reload(ArticleChangeKind kind)
    {
        switch (kind)
        {
            case ArticleChangeKind.Spans:
                ReloadSpans();
                break;
            case ArticleChangeKind.Verdicts:
                ReloadVerdicts();
                break;
            case ArticleChangeKind.Evidence:
                ReloadEvidence();
                break;
            default:
                Load();
                break;
        }
    }

    public void SetFilter(SpanFilter filter)
    {
        Filter = filter;
        Visible = Spans.Where(Matches).ToArray();
    }

    public ArticleSpan? Select(int? spanId)
    {
        Selected = spanId is { } id ? Spans.FirstOrDefault(s => s.Id == id) : null;
        return Selected;
    }

    /// Moves the selection <paramref name="step"/> places through the visible list (j/k).
    public ArticleSpan? Move(int step)
    {
        if (Visible.Count == 0)
            return null;
        var index = Selected is null ? -1 : IndexOfVisible(Selected.Id);
        var next = index < 0
            ? (step > 0 ? 0 : Visible.Count - 1)
            : Math.Clamp(index + step, 0, Visible.Count - 1);
        Selected = Visible[next];
        return Selected;
    }

    public int IndexOfVisible(int spanId)
    {
        for (var i = 0; i < Visible.Count; i++)
        {
            if (Visible[i].Id == spanId)
                return i;
        }
        return -1;
    }

    /// Sources the engine found that the span relies on.
    public IReadOnlyList<ArticleSource> SourcesOf(ArticleSpan span) =>
        Article?.Sources.Where(s => s.SpanIds.Contains(span.Id)).ToArray() ?? [];

    public IReadOnlyList<EvidenceItem> EvidenceOf(int spanId) => Evidence.GetValueOrDefault(spanId) ?? [];

    public SpanResult Accept(ArticleSpan span) => Apply(spans.Accept(span.Id, Actor, Now));

    public SpanResult Reject(ArticleSpan span, string reason) => Apply(spans.Reject(span.Id, reason, Actor, Now));

    public SpanResult Mark(SpanKind kind, int start, int end, Core.Quotes.Speaker? speaker) => Apply(spans.Add(articleId, kind, start, end, speaker, Actor, Now));

    public SpanResult Resize(ArticleSpan span, int start, int end) => Apply(spans.Resize(span.Id, start, end, Actor, Now));

    public SpanResult Split(ArticleSpan span, int at) => Apply(spans.Split(span.Id, at, Actor, Now));

    public SpanResult Merge(ArticleSpan first, ArticleSpan second) => Apply(spans.Merge(first.Id, second.Id, Actor, Now));

    public SpanResult SetSpeaker(ArticleSpan span, Core.Quotes.Speaker? speaker) => Apply(spans.SetSpeaker(span.Id, speaker, Actor, Now));

    /// The next span of the same kind after <paramref name="span"/> that is not dismissed, to merge with.
    public ArticleSpan? NextOfSameKind(ArticleSpan span) =>
        Spans.Where(s => s.Id != span.Id && s.Kind == span.Kind && s.Status != SpanStatus.Rejected && s.Anchor.Start >= span.Anchor.Start)
            .OrderBy(s => s.Anchor.Start)
            .FirstOrDefault();

    /// Names of the people the article quotes, for the speaker picker.
    public IReadOnlyList<Core.Quotes.Speaker> KnownSpeakers() =>
        Spans.Where(s => s.Speaker is not null).Select(s => s.Speaker!)
            .GroupBy(s => s.Name)
            .Select(g => g.First() with { Mention = null, Cue = null, CueSpan = null })
            .OrderBy(s => s.Name)
            .ToArray();

    public void OnVerdictSaved(Verdict verdict) =>
        Verdicts = new Dictionary<int, Verdict>(Verdicts) { [verdict.SpanId] = verdict };

    private SpanResult Apply(SpanResult result)
    {
        if (result.Succeeded)
        {
            ReloadSpans();
            Selected = Spans.FirstOrDefault(s => s.Id == result.Span!.Id);
        }
        return result;
    }

    private void ReloadSpans()
    {
        Spans = spans.ForArticle(articleId);
        Highlighted = Spans.Where(s => s.Status != SpanStatus.Rejected && s.Anchoring != AnchorState.Orphaned).ToArray();
        Visible = Spans.Where(Matches).ToArray();
        if (Selected is not null)
            Selected = Spans.FirstOrDefault(s => s.Id == Selected.Id);
    }

    private void ReloadVerdicts() => Verdicts = verdicts.WorkingSet(articleId, user.UserName);

    private void ReloadEvidence() =>
        Evidence = evidence.ForArticle(articleId).GroupBy(e => e.SpanId).ToDictionary(g => g.Key, g => (IReadOnlyList<EvidenceItem>)g.ToArray());

    private bool Matches(ArticleSpan span) => Filter switch
    {
        SpanFilter.Open => span.Status != SpanStatus.Rejected,
        SpanFilter.Claims => span.Kind == SpanKind.Claim && span.Status != SpanStatus.Rejected,
        SpanFilter.Quotes => span.Kind == SpanKind.Quote && span.Status != SpanStatus.Rejected,
        SpanFilter.Suggested => span.Status == SpanStatus.Suggested,
        SpanFilter.Dismissed => span.Status == SpanStatus.Rejected,
        _ => true,
    };
}
