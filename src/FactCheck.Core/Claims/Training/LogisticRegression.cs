namespace FactCheck.Core.Claims.Training;

/// Training rows in compressed sparse row form.
internal sealed class SparseRows(int[] rowStarts, int[] columns, float[] values, double[] labels, double[] weights)
{
    public int[] RowStarts { get; } = rowStarts;
    public int[] Columns { get; } = columns;
    public float[] Values { get; } = values;
    public double[] Labels { get; } = labels;
    public double[] Weights { get; } = weights;
    public int Count => Labels.Length;
}

/// L2-regularised logistic regression fitted by L-BFGS: deterministic, full batch, single-threaded.
internal static class LogisticRegression
{
    private const int Memory = 10;

    /// Minimises mean weighted log-loss + ½ Σ l2[j]·w[j]²; the bias is not penalised.
    public static (double[] Weights, double Bias, int Iterations) Fit(SparseRows rows, double[] l2, int maxIterations)
    {
        var dimension = l2.Length + 1; // last entry: the bias
        var totalWeight = rows.Weights.Sum();
        var x = new double[dimension];
        var g = new double[dimension];
        var f = Evaluate(rows, l2, totalWeight, x, g);
        var s = new List<double[]>();
        var y = new List<double[]>();
        var rho = new List<double>();
        var alpha = new double[Memory];
        var d = new double[dimension];
        var xNew = new double[dimension];
        var gNew = new double[dimension];
        var iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            // Two-loop recursion: d = -H·g.
            Array.Copy(g, d, dimension);
            for (var i = s.Count - 1; i >= 0; i--)
            {
                alpha[i] = rho[i] * Dot(s[i], d);
                Axpy(-alpha[i], y[i], d);
            }
            if (s.Count > 0)
            {
                var last = s.Count - 1;
                Scale(d, Dot(s[last], y[last]) / Dot(y[last], y[last]));
            }
            for (var i = 0; i < s.Count; i++)
                Axpy(alpha[i] - rho[i] * Dot(y[i], d), s[i], d);
            Scale(d, -1);

            var slope = Dot(g, d);
            if (slope >= 0)
            {
                Array.Copy(g, d, dimension);
                Scale(d, -1);
                slope = -Dot(g, g);
                s.Clear();
                y.Clear();
                rho.Clear();
            }
            var step = s.Count == 0 ? Math.Min(1, 1 / Math.Sqrt(Dot(g, g))) : 1;
            double fNew;
            while (true)
            {
                for (var j = 0; j < dimension; j++)
                    xNew[j] = x[j] + step * d[j];
                fNew = Evaluate(rows, l2, totalWeight, xNew, gNew);
                if (fNew <= f + 1e-4 * step * slope || step < 1e-12)
                    break;
                step /= 2;
            }
            if (step < 1e-12)
                break;

            var sk = new double[dimension];
            var yk = new double[dimension];
            for (var j = 0; j < dimension; j++)
            {
                sk[j] = xNew[j] - x[j];
                yk[j] = gNew[j] - g[j];
            }
            var sy = Dot(sk, yk);
            if (sy > 1e-12)
            {
                if (s.Count == Memory)
                {
                    s.RemoveAt(0);
                    y.RemoveAt(0);
                    rho.RemoveAt(0);
                }
                s.Add(sk);
                y.Add(yk);
                rho.Add(1 / sy);
            }
            var improvement = f - fNew;
            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            f = fNew;
            if (improvement <= 1e-9 * Math.Max(1, Math.Abs(f)))
                break;
        }
        return (x[..^1], x[^1], iteration);
    }

    public static double Logit(SparseRows rows, int row, double[] weights, double bias)
    {
        var z = bias;
        for (var k = rows.RowStarts[row]; k < rows.RowStarts[row + 1]; k++)
            z += weights[rows.Columns[k]] * rows.Values[k];
        return z;
    }

    private static double Evaluate(SparseRows rows, double[] l2, double totalWeight, double[] x, double[] gradient)
    {
        var bias = x[^1];
        Array.Clear(gradient);
        double loss = 0, biasGradient = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var z = bias;
            var start = rows.RowStarts[i];
            var end = rows.RowStarts[i + 1];
            for (var k = start; k < end; k++)
                z += x[rows.Columns[k]] * rows.Values[k];
            var label = rows.Labels[i];
            var weight = rows.Weights[i] / totalWeight;
            var softplus = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            loss += weight * (softplus - label * z);
            var residual = weight * (1 / (1 + Math.Exp(-z)) - label);
            for (var k = start; k < end; k++)
                gradient[rows.Columns[k]] += residual * rows.Values[k];
            biasGradient += residual;
        }
        for (var j = 0; j < l2.Length; j++)
        {
            loss += 0.5 * l2[j] * x[j] * x[j];
            gradient[j] += l2[j] * x[j];
        }
        gradient[^1] = biasGradient;
        return loss;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++)
            y[i] += a * x[i];
    }

    private static void Scale(double[] x, double a)
    {
        for (var i = 0; i < x.Length; i++)
            x[i] *= a;
    }
}
