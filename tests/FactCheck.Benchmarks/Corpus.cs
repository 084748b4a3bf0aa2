using System.Text;

namespace FactCheck.Benchmarks;

/// Real article text: the sample articles under data/samples, repeated to the size asked for.
internal static class Corpus
{
    public static string Articles(int megabytes)
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var target = megabytes * (1 << 20);
        var b = new StringBuilder(target + 8192);
        for (var i = 0; b.Length < target; i++)
            b.Append(samples[i % samples.Length]).Append("\n\n");
        return b.ToString();
    }
}
