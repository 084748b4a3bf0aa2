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
    var text = Inputs.Create(at + 1 < args.Length && !args[at + 1].StartsWith('-') ? args[at + 1] : "articles 10 MB");
    var rounds = text.Length > 2 << 20 ? 6 : 40;
    for (var round = 0; round < rounds; round++)
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
            FactCheck.Core.Claims.ClaimDetector.Default.Detect(text, s, claims);
        var t5 = w.Elapsed.TotalMilliseconds; var a5 = GC.GetAllocatedBytesForCurrentThread();
        FactCheck.Core.Sources.SourceDetector.Instance.Detect(text, paragraphs, sentences, quotes, claims);
        var t6 = w.Elapsed.TotalMilliseconds; var a6 = GC.GetAllocatedBytesForCurrentThread();
        if (round < rounds - 3)
            continue;
        double r(long x) => x / (double)text.Length;
        Console.WriteLine($"sentences {t1:0} ms, quote marks {t2 - t1:0}, names {t3 - t2:0}, quotes+speakers {t4 - t3:0}, claims {t5 - t4:0}, sources {t6 - t5:0}; {sentences.Count} sentences, {quotes.Count} quotes");
        Console.WriteLine($"  alloc per input char: sentences {r(a1 - a0):0.00}, quote marks {r(a2 - a1):0.00}, names {r(a3 - a2):0.00}, quotes+speakers {r(a4 - a3):0.00}, claims {r(a5 - a4):0.00}, sources {r(a6 - a5):0.00}");
    }
    return;
}

if (args.Length == 3 && args[0] == "--repeat")
{
    // For a profiler (`perf record`): analyse the named input N times; 1 MB x 100 and 10 MB x 10 read the same
    // number of characters, so their profiles compare function by function.
    if (!int.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var times) || times < 0)
    {
        Console.Error.WriteLine("usage: --repeat \"articles 1 MB\" 100 (an input name, then a count of 0 or more)");
        return;
    }
    var text = Inputs.Create(args[1]);
    for (var i = 0; i < times; i++)
        ArticleAnalyzer.Default.Analyze(text);
    return;
}

if (args.Contains("--ratio"))
{
    // The 10 MB / 1 MB ratio measured in alternation (ten 1 MB runs, then one 10 MB run, repeated), so that a
    // slow phase of a shared machine falls on both sides; everything warm first.
    var small = Inputs.Create("articles 1 MB");
    var large = Inputs.Create("articles 10 MB");
    var analyzer = args.Contains("--without-claims") ? new ArticleAnalyzerBuilder().WithoutClaims().Build() : ArticleAnalyzer.Default;
    for (var i = 0; i < 80; i++)
        analyzer.Analyze(small);
    analyzer.Analyze(large);
    var ratios = new List<double>();
    var smalls = new List<double>();
    var larges = new List<double>();
    for (var round = 0; round < 15; round++)
    {
        var w = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
            analyzer.Analyze(small);
        var tenSmall = w.Elapsed.TotalMilliseconds;
        w.Restart();
        analyzer.Analyze(large);
        var oneLarge = w.Elapsed.TotalMilliseconds;
        ratios.Add(oneLarge / (tenSmall / 10));
        smalls.Add(tenSmall / 10);
        larges.Add(oneLarge);
        Console.WriteLine($"1 MB {tenSmall / 10:0.0} ms, 10 MB {oneLarge:0} ms, ratio {ratios[^1]:0.00}");
    }
    ratios.Sort();
    smalls.Sort();
    larges.Sort();
    Console.WriteLine($"10 MB / 1 MB: median of the {ratios.Count} ratios {ratios[ratios.Count / 2]:0.00}, " +
        $"ratio of the medians {larges[larges.Count / 2] / smalls[smalls.Count / 2]:0.00} ({larges[larges.Count / 2]:0} / {smalls[smalls.Count / 2]:0.0} ms), " +
        $"ratio of the fastest runs {larges[0] / smalls[0]:0.00} ({larges[0]:0} / {smalls[0]:0.0} ms)");
    return;
}

if (args.Contains("--quick"))
{
    // Timed runs without BenchmarkDotNet, to check a change before the full run: warm enough for the tiered JIT
    // (the 1 MB text is analysed 40 times first), then the median of several runs, with the GC counts per run.
    var names = args.Contains("--all")
        ? new[] { "articles 1 MB", "articles 10 MB" }.Concat(FactCheck.Testing.AdversarialText.Kinds)
        : ["articles 1 MB", "articles 10 MB"];
    var warm = Inputs.Create("articles 1 MB");
    for (var i = 0; i < 40; i++)
        ArticleAnalyzer.Default.Analyze(warm);
    var medians = new Dictionary<string, double>();
    foreach (var name in names)
    {
        var text = Inputs.Create(name);
        var runs = text.Length > 2 << 20 ? 7 : 21;
        ArticleAnalyzer.Default.Analyze(text);
        var times = new List<double>();
        long allocated = 0;
        var gc0 = GC.CollectionCount(0); var gc1 = GC.CollectionCount(1); var gc2 = GC.CollectionCount(2);
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            ArticleAnalyzer.Default.Analyze(text);
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        times.Sort();
        var median = times[times.Count / 2];
        medians[name] = median;
        Console.WriteLine($"{name,-22} {text.Length / 1048576.0,6:0.00} MB  median {median,8:0.0} ms (min {times[0]:0.0})  {text.Length / 1048576.0 / (median / 1000),7:0.0} MB/s  alloc {allocated / (double)text.Length,5:0.00}x" +
            $"  GCs per run {(GC.CollectionCount(0) - gc0) / (double)runs:0.0}/{(GC.CollectionCount(1) - gc1) / (double)runs:0.0}/{(GC.CollectionCount(2) - gc2) / (double)runs:0.0}");
    }
    Console.WriteLine($"10 MB / 1 MB = {medians["articles 10 MB"] / medians["articles 1 MB"]:0.0}x");
    return;
}

// One thread on one core, in-process: the machine is small and shared. The engine classes warm the JIT in their
// GlobalSetup (JitWarmUp); twelve warm-up iterations more. Thirty measured iterations, because a shared virtual
// core here changes speed by up to 1.8x for seconds at a time (a plain arithmetic loop timed every half second
// varies from 248 to 444 ms): with ten, one slow spell could move a mean by a third.
var job = Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithAffinity(1)
    .WithWarmupCount(12)
    .WithIterationCount(30)
    .WithLaunchCount(1);
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job)
    .AddColumn(ThroughputColumn.Size, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocationRatio)
    .AddExporter(MarkdownExporter.GitHub)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
