using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Running;

namespace FactCheck.Benchmarks;

/// Input size, throughput in MB/s and allocations per input byte, computed from each case's "Input" parameter.
internal sealed class ThroughputColumn(string name, Func<int, Statistics, long?, string> value) : IColumn
{
    private static readonly Dictionary<string, int> Sizes = new();

    public static readonly IColumn Size = new ThroughputColumn("Input MB", (chars, _, _) => (chars / 1048576.0).ToString("0.00"));
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("MB/s", (chars, stats, _) => (chars / 1048576.0 / (stats.Mean / 1e9)).ToString("0.0"));
    public static readonly IColumn AllocationRatio = new ThroughputColumn("Alloc/Input", (chars, _, allocated) => allocated is { } a ? (a / (double)chars).ToString("0.00") + "×" : "?");

    public string Id => nameof(ThroughputColumn) + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => name switch
    {
        "MB/s" => "Input megabytes (2^20 characters) analysed per second, on one thread",
        "Alloc/Input" => "Bytes allocated per input character (a character is one byte of the ASCII-heavy UTF-8 file)",
        _ => "Input size in megabytes of characters",
    };

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    // Only the engine benchmarks have an input size; the dashboard benchmarks do not show these columns.
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == "Input"));

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats)
            return "?";
        if (benchmarkCase.Parameters["Input"] is not string input)
            return "-";
        int chars;
        lock (Sizes)
        {
            if (!Sizes.TryGetValue(input, out chars))
                Sizes[input] = chars = Inputs.Create(input).Length;
        }
        return value(chars, stats, report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase));
    }
}
