namespace FactCheck.Core.Tests;

/// Every sample article under data/samples, read from the copies next to the tests.
internal static class ArticleSamples
{
    public static IReadOnlyList<string> Names { get; } =
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToArray()!;

    public static IReadOnlyList<string> All { get; } = Names.Select(SampleArticle.Read).ToArray();
}
