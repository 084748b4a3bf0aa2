using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Claims;
using FactCheck.Core.Claims.Training;

namespace FactCheck.Cli.Commands;

/// <summary>
/// <c>factcheck train-checkworthy</c>: retrains the check-worthiness model from labelled JSONL
/// (<c>{"id","text","label","source","group"}</c>), prints cross-validated and training-set figures, and writes the
/// model file that FactCheck.Core embeds. With <c>--evaluate-only</c> it scores the data with an existing model instead.
/// </summary>
public static class TrainCheckworthyCommand
{
    public const string DefaultInput = "../shared/eval/data/checkworthy-dev.jsonl";
    public const string DefaultOutput = "src/FactCheck.Core/Claims/checkworthy.model.json";

    public static Command Create(CliConsole console)
    {
        var input = new Option<string>("--input") { Description = "Labelled sentences, one JSON object a line.", DefaultValueFactory = _ => DefaultInput };
        var output = new Option<string>("--output") { Description = "Where to write the model file.", DefaultValueFactory = _ => DefaultOutput };
        var noSave = new Option<bool>("--no-save") { Description = "Train and report, but do not write the model file." };
        var noCv = new Option<bool>("--no-cv") { Description = "Skip cross-validation." };
        var evaluateOnly = new Option<bool>("--evaluate-only") { Description = "Do not train: score --input with the model in --model (default: the embedded one)." };
        var model = new Option<string?>("--model") { Description = "Model file for --evaluate-only." };
        var predictions = new Option<string?>("--predictions") { Description = "Write the final model's scores as JSONL {\"id\",\"score\"} for score.py." };
        var cvPredictions = new Option<string?>("--cv-predictions") { Description = "Write the out-of-fold scores as JSONL {\"id\",\"score\"}." };
        var defaults = new CheckworthyTrainingOptions();
        var featureL2 = new Option<double>("--feature-l2") { Description = "L2 penalty on the interpretable features.", DefaultValueFactory = _ => defaults.FeatureL2 };
        var ngramL2 = new Option<double>("--ngram-l2") { Description = "L2 penalty on word and word-pair weights.", DefaultValueFactory = _ => defaults.NGramL2 };
        var minDf = new Option<int>("--min-df") { Description = "Minimum number of training sentences with a word or pair.", DefaultValueFactory = _ => defaults.MinDocumentFrequency };
        var noPairs = new Option<bool>("--no-pairs") { Description = "Single words only, no word pairs." };
        var positiveWeight = new Option<double>("--positive-weight") { Description = "Weight of a positive example.", DefaultValueFactory = _ => defaults.PositiveWeight };
        var reference = new Option<string?>("--reference-source") { Description = "Source whose intercept the model keeps; the others get their own while training ('none' for one shared intercept).", DefaultValueFactory = _ => defaults.ReferenceSource };
        var sourceWeight = new Option<string[]>("--source-weight") { Description = "SOURCE=WEIGHT, repeatable.", AllowMultipleArgumentsPerToken = false };

        var command = new Command("train-checkworthy", "Retrain (or evaluate) the check-worthiness model.")
        {
            input, output, noSave, noCv, evaluateOnly, model, predictions, cvPredictions, featureL2, ngramL2, minDf, noPairs,
            positiveWeight, sourceWeight, reference,
        };
        command.SetAction(parse =>
        {
            var weights = (parse.GetValue(sourceWeight) ?? []).Select(s => s.Split('=', 2))
                .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
            var options = defaults with
            {
                FeatureL2 = parse.GetValue(featureL2),
                NGramL2 = parse.GetValue(ngramL2),
                MinDocumentFrequency = parse.GetValue(minDf),
                WordPairs = !parse.GetValue(noPairs),
                PositiveWeight = parse.GetValue(positiveWeight),
                SourceWeights = weights.Count > 0 ? weights : defaults.SourceWeights,
                CrossValidate = !parse.GetValue(noCv),
                ReferenceSource = parse.GetValue(reference) is "none" ? null : parse.GetValue(reference),
            };
            var inputPath = parse.GetValue(input)!;
            if (!File.Exists(inputPath))
            {
                console.Error.WriteLine($"factcheck train-checkworthy: no such file {inputPath}");
                return 1;
            }
            if (parse.GetValue(evaluateOnly))
                return Evaluate(inputPath, parse.GetValue(model), parse.GetValue(predictions), console.Output);
            return Run(inputPath, parse.GetValue(noSave) ? null : parse.GetValue(output), console.Output, options,
                parse.GetValue(predictions), parse.GetValue(cvPredictions));
        });
        return command;
    }

    /// <summary>Trains on <paramref name="inputPath"/> and writes the model to <paramref name="outputPath"/> (unless null).</summary>
    public static int Run(string inputPath, string? outputPath, TextWriter log, CheckworthyTrainingOptions? options = null,
        string? predictionsPath = null, string? cvPredictionsPath = null)
    {
        var examples = Read(inputPath);
        log.WriteLine($"Read {examples.Count} examples ({examples.Count(e => e.Label == 1)} check-worthy) from {inputPath}");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = new CheckworthyTrainer(options).Train(examples, log);
        log.WriteLine($"Trained in {started.Elapsed.TotalSeconds:0.0} s");
        log.Flush();
        if (outputPath is not null)
        {
            using (var file = File.Create(outputPath))
                result.Model.Save(file);
            log.WriteLine($"Wrote {outputPath} ({new FileInfo(outputPath).Length / 1024} KiB)");
        }
        if (predictionsPath is not null)
            WritePredictions(predictionsPath, examples, result.Scores, log);
        if (cvPredictionsPath is not null && result.OutOfFoldScores.Count > 0)
            WritePredictions(cvPredictionsPath, examples, result.OutOfFoldScores, log);
        return 0;
    }

    /// <summary>Scores <paramref name="inputPath"/> with a model file (or the embedded model) and prints the figures.</summary>
    public static int Evaluate(string inputPath, string? modelPath, string? predictionsPath, TextWriter log)
    {
        var examples = Read(inputPath);
        CheckworthyModel model;
        if (modelPath is null)
        {
            model = CheckworthyModel.Default;
        }
        else
        {
            using var file = File.OpenRead(modelPath);
            model = CheckworthyModel.Load(file);
        }
        var detector = new ClaimDetector(model);
        var scores = examples.ToDictionary(e => e.Id, e => CheckworthyTrainer.ScoreText(detector, e.Text));

        // Throughput once the JIT has settled (best of five more passes), in processor time so that other processes
        // on the machine do not count.
        var characters = examples.Sum(e => (long)e.Text.Length);
        var best = double.MaxValue;
        var checksum = 0.0;
        for (var pass = 0; pass < 5; pass++)
        {
            var cpu = System.Diagnostics.Process.GetCurrentProcess().UserProcessorTime;
            foreach (var example in examples)
                checksum += CheckworthyTrainer.ScoreText(detector, example.Text);
            best = Math.Min(best, Math.Max(1e-3, (System.Diagnostics.Process.GetCurrentProcess().UserProcessorTime - cpu).TotalSeconds));
        }
        log.WriteLine($"Scored {examples.Count} sentences; speed: {examples.Count / best:0} sentences/s, {characters / best / 1e6:0.0} M chars/s of processor time (best of 5 passes)");
        log.WriteLine(CheckworthyEvaluation.Compute(examples, scores).ToString());
        if (predictionsPath is not null)
            WritePredictions(predictionsPath, examples, scores, log);
        return 0;
    }

    private static List<CheckworthyExample> Read(string path)
    {
        var examples = new List<CheckworthyExample>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            var source = root.TryGetProperty("source", out var s) ? s.GetString() ?? "" : "";
            examples.Add(new CheckworthyExample(
                root.GetProperty("id").GetString() ?? throw new InvalidDataException("A record has no id."),
                root.GetProperty("text").GetString() ?? "",
                root.GetProperty("label").GetInt32(),
                source,
                root.TryGetProperty("group", out var g) ? g.GetString() ?? source : source));
        }
        return examples;
    }

    private static void WritePredictions(string path, IReadOnlyList<CheckworthyExample> examples, IReadOnlyDictionary<string, double> scores, TextWriter log)
    {
        using var writer = new StreamWriter(path);
        foreach (var example in examples)
            writer.WriteLine(JsonSerializer.Serialize(new { id = example.Id, score = scores[example.Id] }));
        log.WriteLine($"Wrote {examples.Count} predictions to {path}");
    }
}
