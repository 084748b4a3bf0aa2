namespace FactCheck.E2E;

internal static class SampleText
{
    public const string Title = "Mexican President Refuses To Fight Drug Cartels With Military";

    /// The sample article's text, without its headline line.
    public static string Read()
    {
        var content = File.ReadAllText(Path.Combine(AppFixture.RepositoryRoot, "data", "samples", "000_7f16efee4f0479e9.txt"));
        return content[(content.IndexOf('\n') + 1)..].TrimStart('\n');
    }
}
