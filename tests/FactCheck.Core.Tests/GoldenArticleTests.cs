namespace FactCheck.Core.Tests;

/// <summary>
/// Every data/samples/NAME.txt must analyse to exactly data/golden/NAME.expected.json.
/// After an intended change, regenerate the files and review the diff:
/// <c>FACTCHECK_UPDATE_GOLDEN=1 dotnet test --project tests/FactCheck.Core.Tests --filter-class "*GoldenArticleTests"</c>
/// </summary>
public class GoldenArticleTests
{
    public static TheoryData<string> Samples() => new(ArticleSamples.Names);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Analyze_SampleArticle_MatchesItsGoldenFile(string name)
    {
        var actual = GoldenJson.Serialize(ArticleAnalyzer.Default.Analyze(SampleArticle.Read(name)));
        var sourcePath = Path.Combine(RepositoryRoot(), "data", "golden", name + ".expected.json");

        if (Environment.GetEnvironmentVariable("FACTCHECK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(sourcePath, actual);
            return;
        }
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "golden", name + ".expected.json");
        Assert.True(File.Exists(expectedPath), $"No golden file for {name}; create it with FACTCHECK_UPDATE_GOLDEN=1 (see the class summary).");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Samples_EverySampleHasAGoldenFile()
    {
        var golden = Directory.GetFiles(Path.Combine(RepositoryRoot(), "data", "golden"), "*.expected.json")
            .Select(p => Path.GetFileName(p)[..^".expected.json".Length])
            .Order(StringComparer.Ordinal);

        Assert.Equal(ArticleSamples.Names, golden);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("FactCheck.sln not found above the test folder.");
    }
}
