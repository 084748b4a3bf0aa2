namespace FactCheck.Core.Claims.Training;

/// <summary>Ranking quality of check-worthiness scores, overall and per source.</summary>
/// <param name="Count">Number of scored examples.</param>
/// <param name="Positives">Number of check-worthy examples.</param>
/// <param name="AveragePrecision">Average precision of the ranking of all examples.</param>
/// <param name="Sources">The same per source, with mean AP over its groups.</param>
public sealed record CheckworthyEvaluation(int Count, int Positives, double AveragePrecision, IReadOnlyList<CheckworthySourceEvaluation> Sources)
{
    /// <summary>
    /// Evaluates <paramref name="scores"/> (by example id) against the labels of <paramref name="examples"/>,
    /// the way ../shared/eval/score.py does: tie-aware AP, and mean AP over the groups that have a positive.
    /// An example without a score counts as score 0.
    /// </summary>
    public static CheckworthyEvaluation Compute(IReadOnlyList<CheckworthyExample> examples, IReadOnlyDictionary<string, double> scores)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(scores);
        (double Score, int Label) Item(CheckworthyExample e) => (scores.GetValueOrDefault(e.Id), e.Label);
        var sources = examples
            .GroupBy(e => e.Source)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(source =>
            {
                var groupAps = source.GroupBy(e => e.Group)
                    .Select(g => RankingMetrics.AveragePrecision(g.Select(Item)))
                    .Where(ap => ap is not null)
                    .Select(ap => ap!.Value)
                    .ToArray();
                return new CheckworthySourceEvaluation(
                    source.Key,
                    source.Count(),
                    source.Count(e => e.Label == 1),
                    RankingMetrics.AveragePrecision(source.Select(Item)) ?? 0,
                    groupAps.Length == 0 ? 0 : groupAps.Average(),
                    groupAps.Length);
            })
            .ToArray();
        return new CheckworthyEvaluation(
            examples.Count,
            examples.Count(e => e.Label == 1),
            RankingMetrics.AveragePrecision(examples.Select(Item)) ?? 0,
            sources);
    }

    /// <summary>A table of the figures, one line per source.</summary>
    public override string ToString()
    {
        var lines = new List<string> { $"  {"source",-24} {"n",6} {"pos",5} {"AP",7} {"mean AP over groups",20}" };
        lines.Add($"  {"all",-24} {Count,6} {Positives,5} {AveragePrecision,7:0.0000}");
        foreach (var s in Sources)
            lines.Add($"  {s.Source,-24} {s.Count,6} {s.Positives,5} {s.AveragePrecision,7:0.0000} {s.MeanGroupAveragePrecision,10:0.0000} ({s.Groups} groups)");
        return string.Join(Environment.NewLine, lines);
    }
}
