using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Text;

namespace FactCheck.Core.Claims.Training;

/// <summary>
/// Trains the check-worthiness model: a logistic regression over the interpretable features and over words and word
/// pairs, fitted by L-BFGS. Deterministic: the same examples and options give the same model, byte for byte.
/// Cross-validation holds out random folds of ClaimBuster and one CLEF debate at a time, so the reported
/// cross-validated figures come from sentences the model did not see.
/// </summary>
public sealed class CheckworthyTrainer
{
    /// <summary>The data behind the shipped model, as its licences require it to be credited.</summary>
    public static readonly IReadOnlyList<string> Attribution =
    [
        "ClaimBuster (CC BY 4.0): Arslan, Hassan, Li & Tremayne, A Benchmark Dataset of Check-worthy Factual Claims, ICWSM 2020.",
        "CLEF-2019 CheckThat! Task 1 training data (free for research use): Atanasova et al., Overview of the CLEF-2019 CheckThat! Lab, Task 1: Check-Worthiness, 2019.",
    ];

    private readonly CheckworthyTrainingOptions _options;

    /// <summary>Creates a trainer with <paramref name="options"/>, or the defaults.</summary>
    public CheckworthyTrainer(CheckworthyTrainingOptions? options = null) => _options = options ?? new CheckworthyTrainingOptions();

    /// <summary>Cross-validates (when the options ask for it), then trains on all of <paramref name="examples"/>.</summary>
    /// <param name="examples">The labelled sentences.</param>
    /// <param name="log">Where to write progress, or null.</param>
    public CheckworthyTrainingResult Train(IReadOnlyList<CheckworthyExample> examples, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
            throw new ArgumentException("No training examples.", nameof(examples));
        var names = new Dictionary<ulong, string>();
        var rows = examples.Select(e => Featurize(e.Text, names)).ToArray();

        CheckworthyEvaluation? crossValidated = null;
        Dictionary<string, double>? outOfFold = null;
        if (_options.CrossValidate)
        {
            outOfFold = [];
            var folds = AssignFolds(examples);
            var foldNames = folds.Distinct().Order(StringComparer.Ordinal).ToArray();
            foreach (var fold in foldNames)
            {
                var train = Enumerable.Range(0, examples.Count).Where(i => folds[i] != fold).ToArray();
                var (model, iterations) = Fit(examples, rows, train, names, metadata: null);
                var detector = new ClaimDetector(model);
                for (var i = 0; i < examples.Count; i++)
                {
                    if (folds[i] == fold)
                        outOfFold[examples[i].Id] = ScoreText(detector, examples[i].Text);
                }
                log?.WriteLine($"  fold {fold,-40} train {train.Length,6}  held out {examples.Count - train.Length,5}  L-BFGS iterations {iterations}");
            }
            crossValidated = CheckworthyEvaluation.Compute(examples, outOfFold);
            log?.WriteLine("Cross-validated (each sentence scored by a model that did not see it):");
            log?.WriteLine(crossValidated.ToString());
        }

        var all = Enumerable.Range(0, examples.Count).ToArray();
        var (fitted, allIterations) = Fit(examples, rows, all, names, metadata: null);
        log?.WriteLine($"Final model: {fitted.NGramCount} words and word pairs, L-BFGS iterations {allIterations}");

        // Score with the model as written to disk (rounded weights), so the figures are those of the shipped file.
        var provisional = Reload(fitted);
        var scores = ScoreAll(examples, provisional);
        var trainingSet = CheckworthyEvaluation.Compute(examples, scores);
        var metadata = Metadata(examples, trainingSet, crossValidated);
        var final = Reload(new CheckworthyModel(fitted.Bias, FeatureWeights(fitted), NGramWeights(fitted), metadata));
        log?.WriteLine("On the training data itself (optimistic):");
        log?.WriteLine(trainingSet.ToString());
        return new CheckworthyTrainingResult(final, trainingSet, crossValidated, outOfFold ?? new Dictionary<string, double>(), scores);
    }

    /// <summary>The score of a whole text as the product gives it: the highest claim score of the text as one sentence.</summary>
    public static double ScoreText(ClaimDetector detector, string text)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(text);
        var best = 0.0;
        foreach (var claim in detector.Detect(text, new TextSpan(0, text.Length)))
            best = Math.Max(best, claim.Score);
        return best;
    }

    private static Dictionary<string, double> ScoreAll(IReadOnlyList<CheckworthyExample> examples, CheckworthyModel model)
    {
        var detector = new ClaimDetector(model);
        var scores = new Dictionary<string, double>(examples.Count);
        foreach (var example in examples)
            scores[example.Id] = ScoreText(detector, example.Text);
        return scores;
    }

    private string[] AssignFolds(IReadOnlyList<CheckworthyExample> examples)
    {
        var folds = new string[examples.Count];
        var random = new Random(_options.Seed);
        foreach (var source in examples.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var members = Enumerable.Range(0, examples.Count).Where(i => examples[i].Source == source).ToArray();
            if (_options.GroupedSources.Contains(source))
            {
                foreach (var i in members)
                    folds[i] = $"{source}/{examples[i].Group}";
                continue;
            }
            random.Shuffle(members);
            for (var k = 0; k < members.Length; k++)
                folds[members[k]] = $"{source}#{k % _options.Folds + 1}";
        }
        return folds;
    }

    private (CheckworthyModel Model, int Iterations) Fit(
        IReadOnlyList<CheckworthyExample> examples, FeatureRow[] rows, int[] train, Dictionary<ulong, string> names, string? metadata)
    {
        // Vocabulary: the words and pairs in enough training sentences, in a stable order.
        var documentFrequency = new Dictionary<ulong, int>();
        foreach (var i in train)
        {
            foreach (var key in rows[i].NGramKeys.Distinct())
                documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
        }
        var vocabulary = documentFrequency.Where(p => p.Value >= _options.MinDocumentFrequency)
            .Select(p => p.Key)
            .OrderBy(k => names[k], StringComparer.Ordinal)
            .ToArray();
        var column = new Dictionary<ulong, int>(vocabulary.Length);
        for (var j = 0; j < vocabulary.Length; j++)
            column[vocabulary[j]] = ClaimFeatures.Count + j;
        var interceptColumns = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_options.ReferenceSource is not null)
        {
            foreach (var source in train.Select(i => examples[i].Source).Distinct().Order(StringComparer.Ordinal))
            {
                if (source != _options.ReferenceSource)
                    interceptColumns[source] = ClaimFeatures.Count + vocabulary.Length + interceptColumns.Count;
            }
        }

        var rowStarts = new int[train.Length + 1];
        var columns = new List<int>();
        var values = new List<float>();
        var labels = new double[train.Length];
        var weights = new double[train.Length];
        var counts = new SortedDictionary<int, float>();
        for (var r = 0; r < train.Length; r++)
        {
            var row = rows[train[r]];
            var example = examples[train[r]];
            counts.Clear();
            foreach (var feature in row.Features)
                counts[(int)feature] = 1;
            foreach (var key in row.NGramKeys)
            {
                if (column.TryGetValue(key, out var j))
                    counts[j] = counts.GetValueOrDefault(j) + 1;
            }
            if (interceptColumns.TryGetValue(example.Source, out var intercept))
                counts[intercept] = 1;
            foreach (var (j, value) in counts)
            {
                columns.Add(j);
                values.Add(value);
            }
            rowStarts[r + 1] = columns.Count;
            labels[r] = example.Label;
            weights[r] = (example.Label == 1 ? _options.PositiveWeight : 1) * _options.SourceWeights.GetValueOrDefault(example.Source, 1);
        }
        var l2 = new double[ClaimFeatures.Count + vocabulary.Length + interceptColumns.Count];
        for (var j = 0; j < l2.Length; j++)
            l2[j] = j < ClaimFeatures.Count ? _options.FeatureL2 : j < ClaimFeatures.Count + vocabulary.Length ? _options.NGramL2 : 0;
        var sparse = new SparseRows(rowStarts, [.. columns], [.. values], labels, weights);
        var (w, bias, iterations) = LogisticRegression.Fit(sparse, l2, _options.MaxIterations);

        var featureWeights = new Dictionary<string, double>();
        for (var f = 0; f < ClaimFeatures.Count; f++)
            featureWeights[ClaimFeatures.Name((ClaimFeature)f)] = w[f];
        var ngramWeights = new Dictionary<string, float>(vocabulary.Length, StringComparer.Ordinal);
        for (var j = 0; j < vocabulary.Length; j++)
            ngramWeights[names[vocabulary[j]]] = (float)w[ClaimFeatures.Count + j];
        return (new CheckworthyModel(bias, featureWeights, ngramWeights, metadata), iterations);
    }

    private FeatureRow Featurize(string text, Dictionary<ulong, string> names)
    {
        var sink = new TrainingSink(text, names, _options.WordPairs);
        ClaimScanner.Scan(text.AsSpan(), 0, ref sink);
        return new FeatureRow(sink.Features(), [.. sink.Keys]);
    }

    private static CheckworthyModel Reload(CheckworthyModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        return CheckworthyModel.Load(stream);
    }

    private static Dictionary<string, double> FeatureWeights(CheckworthyModel model)
    {
        var weights = new Dictionary<string, double>();
        for (var f = 0; f < ClaimFeatures.Count; f++)
        {
            var name = ClaimFeatures.Name((ClaimFeature)f);
            weights[name] = model.FeatureWeight(name);
        }
        return weights;
    }

    private static Dictionary<string, float> NGramWeights(CheckworthyModel model) =>
        model.NGrams.ToDictionary(p => p.Text, p => p.Weight, StringComparer.Ordinal);

    private string Metadata(IReadOnlyList<CheckworthyExample> examples, CheckworthyEvaluation trainingSet, CheckworthyEvaluation? crossValidated)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("description", "Check-worthiness of English sentences: logistic regression over interpretable features and words. Weights only; no training sentences.");
            w.WriteStartArray("attribution");
            foreach (var line in Attribution)
                w.WriteStringValue(line);
            w.WriteEndArray();
            w.WriteString("retrain", "dotnet run --project src/FactCheck.Cli -- train-checkworthy --input ../shared/eval/data/checkworthy-dev.jsonl --output src/FactCheck.Core/Claims/checkworthy.model.json");
            w.WriteStartObject("training");
            w.WriteNumber("examples", examples.Count);
            w.WriteNumber("positives", examples.Count(e => e.Label == 1));
            w.WriteNumber("featureL2", _options.FeatureL2);
            w.WriteNumber("ngramL2", _options.NGramL2);
            w.WriteNumber("minDocumentFrequency", _options.MinDocumentFrequency);
            w.WriteBoolean("wordPairs", _options.WordPairs);
            w.WriteNumber("positiveWeight", _options.PositiveWeight);
            if (_options.ReferenceSource is not null)
                w.WriteString("referenceSource", _options.ReferenceSource);
            w.WriteStartObject("sourceWeights");
            foreach (var (source, weight) in _options.SourceWeights.OrderBy(p => p.Key, StringComparer.Ordinal))
                w.WriteNumber(source, weight);
            w.WriteEndObject();
            w.WriteEndObject();
            WriteEvaluation(w, "trainingSetMetrics", trainingSet);
            if (crossValidated is not null)
                WriteEvaluation(w, "crossValidatedMetrics", crossValidated);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEvaluation(Utf8JsonWriter w, string name, CheckworthyEvaluation evaluation)
    {
        w.WriteStartObject(name);
        w.WriteNumber("averagePrecision", Math.Round(evaluation.AveragePrecision, 4));
        foreach (var source in evaluation.Sources)
        {
            w.WriteStartObject(source.Source);
            w.WriteNumber("averagePrecision", Math.Round(source.AveragePrecision, 4));
            w.WriteNumber("meanAveragePrecisionOverGroups", Math.Round(source.MeanGroupAveragePrecision, 4));
            w.WriteNumber("groups", source.Groups);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private sealed record FeatureRow(ClaimFeature[] Features, ulong[] NGramKeys);

    private struct TrainingSink(string text, Dictionary<ulong, string> names, bool wordPairs) : IClaimFeatureSink
    {
        private readonly bool[] _features = new bool[ClaimFeatures.Count];
        public List<ulong> Keys { get; } = [];

        public void Cue(ClaimFeature feature, int start, int end) => _features[(int)feature] = true;

        public void NGram(ulong key, int start, int end, int secondStart, int secondEnd)
        {
            if (secondStart >= 0 && !wordPairs)
                return;
            Keys.Add(key);
            if (!names.ContainsKey(key))
            {
                names[key] = secondStart < 0
                    ? ClaimHash.FoldedText(text.AsSpan(start, end - start))
                    : string.Concat(ClaimHash.FoldedText(text.AsSpan(start, end - start)), " ", ClaimHash.FoldedText(text.AsSpan(secondStart, secondEnd - secondStart)));
            }
        }

        public readonly void End(int words)
        {
        }

        public readonly ClaimFeature[] Features()
        {
            var present = _features;
            return [.. Enumerable.Range(0, ClaimFeatures.Count).Where(i => present[i]).Select(i => (ClaimFeature)i)];
        }
    }
}
