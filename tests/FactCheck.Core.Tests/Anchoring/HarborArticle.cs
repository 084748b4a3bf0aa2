namespace FactCheck.Core.Tests.Anchoring;

/// An invented 1,100-word news story in two versions: the second fixes six typos, adds one paragraph and drops another.
internal static class HarborArticle
{
    public static string Version1 { get; } = Read("harbor-v1");

    public static string Version2 { get; } = Read("harbor-v2");

    // The first line is the headline, as in data/samples.
    private static string Read(string name)
    {
        var content = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "revisions", name + ".txt")).ReplaceLineEndings("\n");
        return content[(content.IndexOf('\n') + 1)..].TrimStart('\n');
    }
}
