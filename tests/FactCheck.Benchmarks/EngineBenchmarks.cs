using BenchmarkDotNet.Attributes;
using FactCheck.Core;
using FactCheck.Testing;

namespace FactCheck.Benchmarks;

/// Whole analysis (every stage, the claim detector included) of real article text, 1 MB and 10 MB; and the same
/// without the claim detector, to show what the text, quote, speaker and source stages cost on their own.
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private static readonly ArticleAnalyzer WithoutClaims = new ArticleAnalyzerBuilder().WithoutClaims().Build();
    private string _text = "";

    [Params("articles 1 MB", "articles 10 MB")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = Inputs.Create(Input);

    [Benchmark(Baseline = true)]
    public ArticleAnalysis Analyze() => ArticleAnalyzer.Default.Analyze(_text);

    [Benchmark]
    public ArticleAnalysis AnalyzeWithoutClaims() => WithoutClaims.Analyze(_text);
}

/// Each hostile 1 MB input must be analysed in under a second.
[MemoryDiagnoser]
public class AdversarialBenchmarks
{
    private string _text = "";

    [ParamsSource(nameof(Kinds))]
    public string Input { get; set; } = "";

    public static IEnumerable<string> Kinds() => AdversarialText.Kinds;

    [GlobalSetup]
    public void Setup() => _text = Inputs.Create(Input);

    [Benchmark]
    public ArticleAnalysis Analyze() => ArticleAnalyzer.Default.Analyze(_text);
}

internal static class Inputs
{
    public static string Create(string name) => name switch
    {
        "articles 1 MB" => Corpus.Articles(1),
        "articles 10 MB" => Corpus.Articles(10),
        _ => AdversarialText.Create(name),
    };
}
