using System.Text.Json;

namespace FactCheck.Core.Claims;

/// <summary>
/// The weights of the check-worthiness model: a logistic regression over the interpretable features
/// (<see cref="ClaimReasonCodes"/>) and over words and word pairs. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The default model is embedded in this assembly as <c>checkworthy.model.json</c>. It was trained on
/// ClaimBuster (CC BY 4.0; Arslan, Hassan, Li &amp; Tremayne, ICWSM 2020) and CLEF-2019 CheckThat! Task 1
/// (Atanasova et al., 2019); the file holds weights only, no training sentences.
/// </remarks>
public sealed class CheckworthyModel
{
    /// <summary>The identifier written in, and required of, every model file.</summary>
    public const string FormatName = "factcheck.checkworthy/1";

    private const string ResourceName = "FactCheck.Core.Claims.checkworthy.model.json";

    private static readonly Lazy<CheckworthyModel> DefaultModel = new(LoadDefault);

    private readonly double[] _featureWeights;
    private readonly string[] _ngramTexts;
    private readonly float[] _ngramWeights;
    private readonly WeightTable _table;

    /// <summary>Creates a model from its weights.</summary>
    /// <param name="bias">The intercept, in log-odds.</param>
    /// <param name="featureWeights">The weight of each interpretable feature, by its name in the model file (mostly its reason code).</param>
    /// <param name="ngramWeights">The weight of each lower-case word or space-separated word pair.</param>
    /// <param name="metadata">Free-form JSON about the model (attribution, training metrics), kept as written.</param>
    public CheckworthyModel(
        double bias,
        IReadOnlyDictionary<string, double> featureWeights,
        IReadOnlyDictionary<string, float> ngramWeights,
        string? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(featureWeights);
        ArgumentNullException.ThrowIfNull(ngramWeights);
        Bias = bias;
        _featureWeights = new double[ClaimFeatures.Count];
        foreach (var (code, weight) in featureWeights)
        {
            if (!ClaimFeatures.TryParse(code, out var feature))
                throw new ArgumentException($"Unknown feature '{code}'.", nameof(featureWeights));
            _featureWeights[(int)feature] = weight;
        }
        _ngramTexts = [.. ngramWeights.Keys.Order(StringComparer.Ordinal)];
        _ngramWeights = [.. _ngramTexts.Select(t => ngramWeights[t])];
        _table = new WeightTable([.. _ngramTexts.Select((t, i) => (ClaimHash.Phrase(t), _ngramWeights[i]))]);
        Metadata = metadata;
    }

    /// <summary>The model embedded in FactCheck.Core.</summary>
    public static CheckworthyModel Default => DefaultModel.Value;

    /// <summary>The intercept, in log-odds.</summary>
    public double Bias { get; }

    /// <summary>Number of words and word pairs with a weight.</summary>
    public int NGramCount => _ngramTexts.Length;

    /// <summary>The model file's metadata object as JSON, or null.</summary>
    public string? Metadata { get; }

    /// <summary>The weight of an interpretable feature, by its name in the model file (0 for an unknown name).</summary>
    public double FeatureWeight(string name) => ClaimFeatures.TryParse(name, out var f) ? _featureWeights[(int)f] : 0;

    internal double FeatureWeight(ClaimFeature feature) => _featureWeights[(int)feature];

    internal IEnumerable<(string Text, float Weight)> NGrams => _ngramTexts.Select((t, i) => (t, _ngramWeights[i]));

    internal float NGramWeight(ulong key) => _table[key];

    /// <summary>Reads a model file written by <see cref="Save"/>.</summary>
    public static CheckworthyModel Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("format", out var format) || format.GetString() != FormatName)
            throw new InvalidDataException($"Not a check-worthiness model: expected format '{FormatName}'.");
        var features = new Dictionary<string, double>();
        foreach (var property in root.GetProperty("features").EnumerateObject())
            features[property.Name] = property.Value.GetDouble();
        var ngrams = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var property in root.GetProperty("ngrams").EnumerateObject())
            ngrams[property.Name] = property.Value.GetSingle();
        var metadata = root.TryGetProperty("metadata", out var m) ? m.GetRawText() : null;
        return new CheckworthyModel(root.GetProperty("bias").GetDouble(), features, ngrams, metadata);
    }

    /// <summary>Writes the model as JSON: format, metadata, bias, feature weights and word weights, in a stable order.</summary>
    public void Save(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var writer = new Utf8JsonWriter(json, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        if (Metadata is not null)
        {
            writer.WritePropertyName("metadata");
            writer.WriteRawValue(Metadata);
        }
        writer.WriteNumber("bias", Math.Round(Bias, 5));
        writer.WriteStartObject("features");
        for (var i = 0; i < ClaimFeatures.Count; i++)
            writer.WriteNumber(ClaimFeatures.Name((ClaimFeature)i), Math.Round(_featureWeights[i], 5));
        writer.WriteEndObject();
        writer.WriteStartObject("ngrams");
        for (var i = 0; i < _ngramTexts.Length; i++)
            writer.WriteNumber(_ngramTexts[i], Math.Round(_ngramWeights[i], 4));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static CheckworthyModel LoadDefault()
    {
        using var stream = typeof(CheckworthyModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Load(stream);
    }
}
