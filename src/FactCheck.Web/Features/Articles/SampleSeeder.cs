using FactCheck.Core.Articles;
using FactCheck.Storage;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Features.Articles;

/// Imports the sample articles into an empty database, so a new user sees a real article at once.
public sealed class SampleSeeder(ArticleStore store, ArticleImporter importer, IOptions<FactCheckOptions> options, ILogger<SampleSeeder> logger)
{
    public void SeedIfEmpty()
    {
        var settings = options.Value;
        if (!settings.SeedSamples || !store.IsEmpty())
            return;
        if (!Directory.Exists(settings.SamplesFolder))
        {
            logger.LogWarning("No sample articles seeded: folder {Folder} does not exist.", settings.SamplesFolder);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(settings.SamplesFolder, "*.txt").Order())
        {
            var result = importer.Import(ReadSample(file));
            if (result.ArticleId is null)
                logger.LogWarning("Sample {File} was not imported: {Errors}", file, string.Join(" ", result.Errors.Values));
        }
    }

    /// A sample's first line is its headline; the rest is the article text.
    internal static NewArticle ReadSample(string path)
    {
        var content = File.ReadAllText(path).ReplaceLineEndings("\n");
        var firstBreak = content.IndexOf('\n');
        var title = firstBreak < 0 ? Path.GetFileNameWithoutExtension(path) : content[..firstBreak].Trim();
        var text = firstBreak < 0 ? content : content[(firstBreak + 1)..].TrimStart('\n');
        return new NewArticle(title, text, Outlet: "Sample article");
    }
}
