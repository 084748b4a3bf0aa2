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
    public void Setup()
    {
        _text = Inputs.Create(Input);
        JitWarmUp.Run(ArticleAnalyzer.Default, WithoutClaims);
    }

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
    public void Setup()
    {
        _text = Inputs.Create(Input);
        JitWarmUp.Run(ArticleAnalyzer.Default);
    }

    [Benchmark]
    public ArticleAnalysis Analyze() => ArticleAnalyzer.Default.Analyze(_text);
}

/// <summary>
/// Brings every engine method to its final, fully optimised tier before anything is measured. The tiered JIT
/// promotes a method after about 30 calls, and with dynamic PGO it goes through an instrumented tier first, so about
/// 60 calls are needed; the stages that run once per analysis (paragraphs, quote extraction, sources) reach that only
/// after some 60 analyses. Before this warm-up, the first case measured (1 MB) saw its pilot run at tier 0, was given
/// one call per iteration, and was measured while still being recompiled (80 ms per run that later ran in 40 ms);
/// cases measured later in the same process were already warm. The warm-up text is the 1 MB corpus, once per process.
/// </summary>
internal static class JitWarmUp
{
    private static readonly HashSet<ArticleAnalyzer> Warm = [];

    public static void Run(params ArticleAnalyzer[] analyzers)
    {
        var text = Corpus.Articles(1);
        foreach (var analyzer in analyzers)
        {
            if (!Warm.Add(analyzer))
                continue;
            for (var i = 0; i < 80; i++)
                analyzer.Analyze(text);
        }
    }
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
