namespace FactCheck.Core.Agreement;

/// <summary>
/// Krippendorff's alpha reliability coefficient: how much independent coders agree beyond chance,
/// α = 1 − D_o / D_e, for any number of coders, missing values and the nominal, ordinal, interval or ratio metric.
/// </summary>
/// <remarks>
/// Computed through the coincidence matrix as in K. Krippendorff, "Computing Krippendorff's Alpha-Reliability"
/// (2011, https://repository.upenn.edu/asc_papers/43): every ordered pair of values within a unit adds 1 / (m_u − 1)
/// to o_ck, where m_u is the number of values the unit received; units with fewer than two values are not pairable
/// and are left out. With n_c = Σ_k o_ck and n = Σ_c n_c,
/// α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
/// The ordinal δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)² depends only on the order of the values, so any numbers
/// that keep the ranks (1, 2, 3 or 10, 20, 30) give the same ordinal alpha.
/// </remarks>
public static class KrippendorffAlpha
{
    /// <summary>Alpha for <paramref name="units"/>, each the values coders gave one unit (missing values left out).</summary>
    public static AlphaResult Compute(IEnumerable<IReadOnlyList<double>> units, AlphaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(units);
        var pairable = units.Where(u => u.Count >= 2).ToList();
        var values = pairable.SelectMany(u => u).Distinct().Order().ToArray();
        if (values.Any(double.IsNaN))
            throw new ArgumentException("Values must be numbers; leave missing values out of the unit.", nameof(units));
        var index = new Dictionary<double, int>(values.Length);
        for (var i = 0; i < values.Length; i++)
            index[values[i]] = i;

        var coincidences = new double[values.Length, values.Length];
        foreach (var unit in pairable)
            AddUnit(coincidences, unit, index);

        var totals = new double[values.Length];
        for (var c = 0; c < values.Length; c++)
        {
            for (var k = 0; k < values.Length; k++)
                totals[c] += coincidences[c, k];
        }
        var n = totals.Sum();
        var valueCount = pairable.Sum(u => u.Count);
        if (n == 0)
            return new AlphaResult(double.NaN, 0, 0, double.NaN, double.NaN);

        var delta = Distances(values, totals, metric);
        double observed = 0, expected = 0;
        for (var c = 0; c < values.Length; c++)
        {
            for (var k = 0; k < values.Length; k++)
            {
                observed += coincidences[c, k] * delta[c, k];
                expected += totals[c] * totals[k] * delta[c, k];
            }
        }
        var observedDisagreement = observed / n;
        var expectedDisagreement = expected / (n * (n - 1));
        var alpha = expectedDisagreement == 0 ? double.NaN : 1 - observedDisagreement / expectedDisagreement;
        return new AlphaResult(alpha, pairable.Count, valueCount, observedDisagreement, expectedDisagreement);
    }

    private static void AddUnit(double[,] coincidences, IReadOnlyList<double> unit, Dictionary<double, int> index)
    {
        var weight = 1.0 / (unit.Count - 1);
        for (var i = 0; i < unit.Count; i++)
        {
            for (var j = 0; j < unit.Count; j++)
            {
                if (i != j)
                    coincidences[index[unit[i]], index[unit[j]]] += weight;
            }
        }
    }

    private static double[,] Distances(double[] values, double[] totals, AlphaMetric metric)
    {
        var delta = new double[values.Length, values.Length];
        for (var c = 0; c < values.Length; c++)
        {
            for (var k = 0; k < values.Length; k++)
                delta[c, k] = Distance(c, k, values, totals, metric);
        }
        return delta;
    }

    private static double Distance(int c, int k, double[] values, double[] totals, AlphaMetric metric)
    {
        if (c == k)
            return 0;
        switch (metric)
        {
            case AlphaMetric.Nominal:
                return 1;
            case AlphaMetric.Ordinal:
                var (low, high) = c < k ? (c, k) : (k, c);
                double between = 0;
                for (var g = low; g <= high; g++)
                    between += totals[g];
                var d = between - (totals[c] + totals[k]) / 2;
                return d * d;
            case AlphaMetric.Interval:
                var difference = values[c] - values[k];
                return difference * difference;
            case AlphaMetric.Ratio:
                var sum = values[c] + values[k];
                var ratio = sum == 0 ? 0 : (values[c] - values[k]) / sum;
                return ratio * ratio;
            default:
                throw new ArgumentOutOfRangeException(nameof(metric), metric, null);
        }
    }
}
