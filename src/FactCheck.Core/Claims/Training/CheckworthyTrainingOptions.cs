namespace FactCheck.Core.Claims.Training;

/// <summary>Settings of <see cref="CheckworthyTrainer"/>. The defaults are the ones chosen by cross-validation.</summary>
public sealed record CheckworthyTrainingOptions
{
    /// <summary>L2 penalty on the interpretable features' weights.</summary>
    public double FeatureL2 { get; init; } = 1e-4;

    /// <summary>L2 penalty on the word and word-pair weights.</summary>
    public double NGramL2 { get; init; } = 5e-4;

    /// <summary>A word or word pair gets a weight only if this many training sentences contain it.</summary>
    public int MinDocumentFrequency { get; init; } = 3;

    /// <summary>Whether word pairs are features, besides single words.</summary>
    public bool WordPairs { get; init; } = true;

    /// <summary>How much a positive example weighs relative to a negative one.</summary>
    public double PositiveWeight { get; init; } = 1;

    /// <summary>Per-source weights of the examples (a source not listed weighs 1).</summary>
    public IReadOnlyDictionary<string, double> SourceWeights { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// When set, every other source gets an intercept of its own while training (dropped from the saved model), so that
    /// different base rates, such as 22% check-worthy in ClaimBuster and 3% in CLEF, do not bend the word weights.
    /// The saved bias is that of this source.
    /// </summary>
    public string? ReferenceSource { get; init; } = "ClaimBuster";

    /// <summary>Maximum L-BFGS iterations.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Whether to cross-validate before training the final model.</summary>
    public bool CrossValidate { get; init; } = true;

    /// <summary>Number of random folds for sources without groups of their own (ClaimBuster).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>
    /// Sources whose groups are held out one at a time (leave-one-group-out), e.g. the CLEF debates.
    /// Other sources are split into <see cref="Folds"/> random folds.
    /// </summary>
    public IReadOnlyList<string> GroupedSources { get; init; } = ["CLEF2019-CheckThat-T1"];

    /// <summary>Seed of the random fold assignment.</summary>
    public int Seed { get; init; } = 20240611;
}
