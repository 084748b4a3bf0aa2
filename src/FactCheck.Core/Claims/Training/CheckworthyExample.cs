namespace FactCheck.Core.Claims.Training;

/// <summary>One labelled sentence for training or measuring the check-worthiness model.</summary>
/// <param name="Id">The record's identifier, e.g. "clef2019:20160926_1pres:12".</param>
/// <param name="Text">The sentence.</param>
/// <param name="Label">1 when check-worthy, else 0.</param>
/// <param name="Source">The data set, e.g. "ClaimBuster" or "CLEF2019-CheckThat-T1".</param>
/// <param name="Group">The group within the source, e.g. one debate; mean AP is taken over groups.</param>
public sealed record CheckworthyExample(string Id, string Text, int Label, string Source, string Group);
