namespace FactCheck.Core.Claims.Training;

internal static class RankingMetrics
{
    /// Average precision of a ranking by descending score; tied scores enter together (sklearn's step function),
    /// as ../shared/eval/score.py computes it. Null when there is no positive.
    public static double? AveragePrecision(IEnumerable<(double Score, int Label)> items)
    {
        var byScore = new SortedDictionary<double, (int Positives, int Negatives)>(Comparer<double>.Create((a, b) => b.CompareTo(a)));
        var positives = 0;
        foreach (var (score, label) in items)
        {
            byScore.TryGetValue(score, out var counts);
            byScore[score] = label == 1 ? (counts.Positives + 1, counts.Negatives) : (counts.Positives, counts.Negatives + 1);
            positives += label == 1 ? 1 : 0;
        }
        if (positives == 0)
            return null;
        double ap = 0, previousRecall = 0;
        int tp = 0, fp = 0;
        foreach (var (_, counts) in byScore)
        {
            tp += counts.Positives;
            fp += counts.Negatives;
            var recall = (double)tp / positives;
            ap += (recall - previousRecall) * tp / (tp + fp);
            previousRecall = recall;
        }
        return ap;
    }
}
