namespace FactCheck.Core.Tests;

/// Reads the sample articles that the build copies next to the tests from data/samples.
internal static class SampleArticle
{
    public const string MexicoCartels = "000_7f16efee4f0479e9";

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name + ".txt"));
}
