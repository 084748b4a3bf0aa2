namespace FactCheck.Core.Claims.Training;

/// <summary>Ranking quality of check-worthiness scores on one source.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="Count">Number of examples.</param>
/// <param name="Positives">Number of check-worthy examples.</param>
/// <param name="AveragePrecision">Average precision over the source's examples.</param>
/// <param name="MeanGroupAveragePrecision">Mean of the average precision of each group that has a positive.</param>
/// <param name="Groups">Number of groups with a positive.</param>
public sealed record CheckworthySourceEvaluation(
    string Source, int Count, int Positives, double AveragePrecision, double MeanGroupAveragePrecision, int Groups);
