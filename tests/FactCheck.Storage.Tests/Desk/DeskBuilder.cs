using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Storage.Tests.Desk;

/// Builds a small desk through the real stores and workflow: articles with claims, and verdicts taken
/// to the status a test needs at the time it needs.
public sealed class DeskBuilder(TempDatabase temp)
{
    public static readonly Actor Admin = new("ada", Role.Admin);
    public static readonly Actor Editor = new("eddie", Role.Editor);

    public VerdictStore Verdicts => temp.Verdicts;

    public DeskBuilder Blind()
    {
        temp.Settings.Save(new DeskSettings(BlindDoubleCheck: true), Admin, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        return this;
    }

    /// An article with <paramref name="claims"/> claims; the first is attributed to <paramref name="source"/> when given.
    public (int ArticleId, int[] SpanIds) Article(string title, string? outlet, DateTime importedAt, int claims = 3, string? source = null)
    {
        var sentences = Enumerable.Range(1, claims).Select(i => $"Claim number {i} says {i * 10}% of voters agree.").ToArray();
        var text = string.Join(" ", sentences);
        var spans = new List<SpanSuggestion>();
        var start = 0;
        foreach (var sentence in sentences)
        {
            spans.Add(new SpanSuggestion(SpanKind.Claim, TextAnchor.Create(text, new TextSpan(start, sentence.Length)), 0.9, [], null, null));
            start += sentence.Length + 1;
        }
        IReadOnlyList<SourceSuggestion> sources = source is null ? [] : [new SourceSuggestion(source, SourceKind.Organization, "according to", [], [0])];
        var id = temp.Articles.Add(new NewArticle(title, text, outlet), new SpanSuggestions(spans, sources), importedAt);
        return (id, temp.Articles.Spans(id).Select(s => s.Id).ToArray());
    }

    /// A verdict by <paramref name="checker"/>, moved through the workflow up to <paramref name="status"/>, one hour per step.
    public Verdict Verdict(int spanId, string checker, string rating, VerdictStatus status, DateTime at)
    {
        var actor = new Actor(checker, Role.FactChecker);
        var verdict = Ok(Verdicts.Save(spanId, actor, rating, $"{checker} rates it {rating}.", null, at));
        if (status == VerdictStatus.Draft)
            return verdict;
        verdict = Ok(Verdicts.Submit(verdict.Id, actor, verdict.Version, at.AddHours(1)));
        return status switch
        {
            VerdictStatus.Submitted => verdict,
            VerdictStatus.Returned => Ok(Verdicts.Return(verdict.Id, Editor, "Add a source.", verdict.Version, at.AddHours(2))),
            VerdictStatus.Approved => Ok(Verdicts.Approve(verdict.Id, Editor, null, verdict.Version, at.AddHours(2))),
            _ => Publish(Ok(Verdicts.Approve(verdict.Id, Editor, null, verdict.Version, at.AddHours(2))), at.AddHours(3)),
        };
    }

    private Verdict Publish(Verdict approved, DateTime at) => Ok(Verdicts.Publish(approved.Id, Editor, approved.Version, at));

    private static Verdict Ok(VerdictResult result) => result.Verdict ?? throw new InvalidOperationException(result.Error);
}
