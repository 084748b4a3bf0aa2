using FactCheck.Core;
using FactCheck.Core.Anchoring;
using FactCheck.Core.Articles;
using FactCheck.Storage;
using FactCheck.Web.Features.Revisions;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Revisions;

/// The workbench test context plus the revision services, and the harbor story in two versions.
public abstract class RevisionTestContext : WebTestContext
{
    protected RevisionTestContext()
    {
        Revisions = new RevisionStore(Db, SpanReanchorer.Default);
        RevisionImporter = new RevisionImporter(Revisions, ArticleAnalyzer.Default, Limits, TimeProvider.System);
        Services.AddSingleton(Revisions);
        Services.AddSingleton(RevisionImporter);
        Services.AddSingleton(new RevisionInputOption("Paste", typeof(PasteRevisionInput), 0));
    }

    protected RevisionStore Revisions { get; }

    protected RevisionImporter RevisionImporter { get; }

    protected static string Version1 { get; } = ReadStory("harbor-v1");

    protected static string Version2 { get; } = ReadStory("harbor-v2");

    protected int ImportHarbor() => Importer.Import(new NewArticle("Harbor plan approved", Version1, "Port Alder Courier")).ArticleId!.Value;

    /// Imports version 1, records verdicts on a span that will change and one that will be orphaned, imports version 2.
    protected (int ArticleId, ArticleSpan Changed, ArticleSpan Orphaned) ImportHarborTwice()
    {
        var id = ImportHarbor();
        var spans = Articles.Spans(id);
        var willChange = spans.First(s => s.Anchor.Exact.Contains("46 fishing familes", StringComparison.Ordinal));
        var willOrphan = spans.First(s => s.Anchor.Exact.Contains("1,800 construction jobs", StringComparison.Ordinal));
        Verdicts.Save(willChange.Id, ActorFor(Checker), "true", "The cooperative's membership list.", null, DateTime.UtcNow);
        Verdicts.Save(willOrphan.Id, ActorFor(Checker), "unverifiable", "The chamber would not share its method.", null, DateTime.UtcNow);
        Assert.Null(RevisionImporter.Import(id, new NewRevision(Version2, ImportedBy: "Casey Checker"), ActorFor(Checker)).Error);
        return (id, Articles.FindSpan(willChange.Id)!, Articles.FindSpan(willOrphan.Id)!);
    }

    private static string ReadStory(string name)
    {
        var content = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "revisions", name + ".txt")).ReplaceLineEndings("\n");
        return content[(content.IndexOf('\n') + 1)..].TrimStart('\n');
    }
}
