using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FactCheck.Benchmarks;
using FactCheck.Core;

if (args.Contains("--stages"))
{
    // Where the time goes, stage by stage: on the 10 MB corpus, or on the input named after --stages.
    var at = Array.IndexOf(args, "--stages");
    var text = Inputs.Create(at + 1 < args.Length ? args[at + 1] : "articles 10 MB");
    for (var round = 0; round < 2; round++)
    {
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        var w = Stopwatch.StartNew();
        var paragraphs = FactCheck.Core.Text.ParagraphSplitter.Instance.Split(text);
        var sentences = new List<FactCheck.Core.Text.TextSpan>();
        foreach (var p in paragraphs)
            FactCheck.Core.Text.SentenceSplitter.Instance.Split(text, p, sentences);
        var t1 = w.Elapsed.TotalMilliseconds; var a1 = GC.GetAllocatedBytesForCurrentThread();
        var candidates = FactCheck.Core.Quotes.QuoteScanner.Instance.Scan(text, paragraphs);
        var t2 = w.Elapsed.TotalMilliseconds; var a2 = GC.GetAllocatedBytesForCurrentThread();
        var names = FactCheck.Core.Names.NameIndex.Build(text, paragraphs, candidates.Select(c => c.Inner).ToArray());
        var t3 = w.Elapsed.TotalMilliseconds; var a3 = GC.GetAllocatedBytesForCurrentThread();
        var quotes = FactCheck.Core.Quotes.QuoteExtractor.Instance.Extract(text, paragraphs, sentences, candidates, names);
        var t4 = w.Elapsed.TotalMilliseconds; var a4 = GC.GetAllocatedBytesForCurrentThread();
        var claims = new List<FactCheck.Core.Claims.Claim>();
        foreach (var s in sentences)
            claims.AddRange(FactCheck.Core.Claims.ClaimDetector.Default.Detect(text, s));
        var t5 = w.Elapsed.TotalMilliseconds; var a5 = GC.GetAllocatedBytesForCurrentThread();
        FactCheck.Core.Sources.SourceDetector.Instance.Detect(text, paragraphs, sentences, quotes, claims);
        var t6 = w.Elapsed.TotalMilliseconds; var a6 = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"sentences {t1:0} ms, quote marks {t2 - t1:0}, names {t3 - t2:0}, quotes+speakers {t4 - t3:0}, claims {t5 - t4:0}, sources {t6 - t5:0}; {sentences.Count} sentences, {quotes.Count} quotes");
        double r(long x) => x / (double)text.Length;
        Console.WriteLine($"  alloc per input char: sentences {r(a1 - a0):0.00}, quote marks {r(a2 - a1):0.00}, names {r(a3 - a2):0.00}, quotes+speakers {r(a4 - a3):0.00}, claims {r(a5 - a4):0.00}, sources {r(a6 - a5):0.00}");
    }
    return;
}

if (args.Contains("--quick"))
{
    // A few timed runs without BenchmarkDotNet, to check a change before the full run.
    foreach (var name in new[] { "articles 1 MB", "articles 10 MB" }.Concat(FactCheck.Testing.AdversarialText.Kinds))
    {
        var text = Inputs.Create(name);
        ArticleAnalyzer.Default.Analyze(text);
        var best = double.MaxValue;
        long allocated = 0;
        for (var i = 0; i < 3; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            ArticleAnalyzer.Default.Analyze(text);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Console.WriteLine($"{name,-22} {text.Length / 1048576.0,6:0.00} MB  {best * 1000,8:0.0} ms  {text.Length / 1048576.0 / best,7:0.0} MB/s  alloc {allocated / (double)text.Length,5:0.00}x");
    }
    return;
}

// One thread on one core, in-process, a short but stable job: the machine is small and shared. Twelve warm-up
// iterations, because with three the 1 MB runs were still being recompiled by the tiered JIT (38 ms falling to
// 23 ms within the measured iterations), which made the 1 MB mean too high and the 10 MB / 1 MB ratio too low.
var job = Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithAffinity(1)
    .WithWarmupCount(12)
    .WithIterationCount(10)
    .WithLaunchCount(1);
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job)
    .AddColumn(ThroughputColumn.Size, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocationRatio)
    .AddExporter(MarkdownExporter.GitHub)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
