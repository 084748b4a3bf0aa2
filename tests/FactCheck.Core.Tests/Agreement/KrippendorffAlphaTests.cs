using FactCheck.Core.Agreement;

namespace FactCheck.Core.Tests.Agreement;

public class KrippendorffAlphaTests
{
    // Reliability data as coders × units, null where a coder gave the unit no value.
    private static IReadOnlyList<double>[] Units(params double?[][] coders) =>
        Enumerable.Range(0, coders[0].Length)
            .Select(u => (IReadOnlyList<double>)coders.Select(c => c[u]).OfType<double>().ToArray())
            .ToArray();

    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
    // University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 — section C (nominal data, any number
    // of observers, missing data) and section E (other metrics), four observers A–D rating twelve units.
    private static readonly IReadOnlyList<double>[] Krippendorff2011SectionC = Units(
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null]);

    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.743)]
    [InlineData(AlphaMetric.Ordinal, 0.815)]
    [InlineData(AlphaMetric.Interval, 0.849)]
    [InlineData(AlphaMetric.Ratio, 0.797)]
    public void Compute_Krippendorff2011FourObserversWithMissingData_MatchesThePaper(AlphaMetric metric, double expected)
    {
        var result = KrippendorffAlpha.Compute(Krippendorff2011SectionC, metric);

        Assert.Equal(expected, result.Alpha, 0.0005);
        // Unit 12 has a single value and is not pairable: 11 units, 40 pairable values (the paper's n = 40).
        Assert.Equal((11, 40), (result.Units, result.Values));
    }

    [Fact]
    public void Compute_Krippendorff2011BinaryTwoObservers_MatchesThePaper()
    {
        // Krippendorff (2011), section A: binary data, two observers (Meg, Owen), ten units, no missing data: α = 0.095.
        var units = Units(
            [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
            [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]);

        Assert.Equal(0.095, KrippendorffAlpha.Compute(units, AlphaMetric.Nominal).Alpha, 0.0005);
    }

    [Fact]
    public void Compute_Krippendorff2011NominalTwoObservers_MatchesThePaper()
    {
        // Krippendorff (2011), section B: nominal data, two observers (Ben, Gerry), twelve units; a..e coded 1..5: α = 0.692.
        var units = Units(
            [1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1],
            [2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4]);

        Assert.Equal(0.692, KrippendorffAlpha.Compute(units, AlphaMetric.Nominal).Alpha, 0.0005);
    }

    [Fact]
    public void Compute_HayesKrippendorff2007NewsToneData_MatchesThePaper()
    {
        // Hayes, A. F., & Krippendorff, K. (2007). Answering the call for a standard reliability measure for coding data.
        // Communication Methods and Measures, 1(1), 77–89. Table 1: five observers rate the tone of 40 newspaper
        // articles about a challenger, 0 (sure loser) to 3 (likely winner), with missing judgments. KALPHA's output
        // in the paper, ordinal level: α = .7598.
        double? _ = null;
        var units = Units(
            [1, 1, 2, _, 0, 0, 1, 1, 2, 2, _, 0, 1, 3, 1, 1, 2, 1, 1, 0, 0, 0, 2, 0, 1, 0, 0, 1, 1, 1, 1, 2, 2, 3, 2, 2, 2, 2, 2, 1],
            [1, 1, 3, 0, 0, 0, 0, _, 2, 1, 1, 0, 2, 3, 1, 1, 1, 2, 1, 0, 0, 0, 3, 0, 2, 1, 0, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 1],
            [2, 0, 3, 0, 0, 0, 2, 2, 2, 1, 0, 0, 2, 2, 1, 1, 2, 3, 0, 0, 1, _, 3, 0, _, 1, 0, 1, 2, 2, 0, 2, _, 2, 2, 3, 2, _, 2, 1],
            [_, 1, 3, _, _, _, _, 0, _, 1, 0, 0, 2, 2, _, _, _, 3, 1, _, 1, 0, 3, 0, 2, 1, 1, 2, 2, _, _, 1, 2, 2, _, _, _, 1, 2, _],
            [2, _, _, 0, 0, 0, 1, _, 2, _, _, _, _, 3, 1, 1, 2, _, _, 0, _, 0, _, _, 2, _, 0, _, _, 2, 0, _, 2, _, 2, 2, 2, 2, _, 1]);

        var result = KrippendorffAlpha.Compute(units, AlphaMetric.Ordinal);

        Assert.Equal(0.7598, result.Alpha, 0.00005);
        Assert.Equal(40, result.Units);
    }

    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.691)]
    [InlineData(AlphaMetric.Interval, 0.811)]
    public void Compute_WikipediaComputationalExample_MatchesTheArticle(AlphaMetric metric, double expected)
    {
        // Wikipedia, "Krippendorff's alpha", section "A computational example": three coders, fifteen units.
        var units = Units(
            [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
            [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
            [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4]);

        Assert.Equal(expected, KrippendorffAlpha.Compute(units, metric).Alpha, 0.0005);
    }

    [Fact]
    public void Compute_PerfectAgreement_IsOne()
    {
        var units = Units([1, 2, 3, 4], [1, 2, 3, 4]);

        Assert.Equal(1.0, KrippendorffAlpha.Compute(units, AlphaMetric.Ordinal).Alpha, 1e-12);
    }

    [Fact]
    public void Compute_EveryValueTheSame_IsUndefined()
    {
        var result = KrippendorffAlpha.Compute(Units([2, 2, 2], [2, 2, 2]), AlphaMetric.Ordinal);

        Assert.False(result.IsDefined);
        Assert.Equal(3, result.Units);
    }

    [Fact]
    public void Compute_NoUnitWithTwoValues_IsUndefinedWithNoUnits()
    {
        var result = KrippendorffAlpha.Compute(Units([1, null], [null, 2]), AlphaMetric.Nominal);

        Assert.False(result.IsDefined);
        Assert.Equal((0, 0), (result.Units, result.Values));
    }

    [Fact]
    public void Compute_OrdinalWithRanksRelabelled_GivesTheSameAlpha()
    {
        // Ordinal alpha depends only on the order of the values, so positions on a rating scale can be used as they are.
        var ranks = KrippendorffAlpha.Compute(Krippendorff2011SectionC, AlphaMetric.Ordinal).Alpha;
        var relabelled = Krippendorff2011SectionC.Select(u => (IReadOnlyList<double>)u.Select(v => v * v * 10).ToArray());

        Assert.Equal(ranks, KrippendorffAlpha.Compute(relabelled, AlphaMetric.Ordinal).Alpha, 1e-12);
    }

    [Fact]
    public void Compute_SystematicDisagreement_IsBelowZero()
    {
        // Two coders who always pick opposite ends disagree more than chance would.
        var units = Units([1, 1, 5, 5], [5, 5, 1, 1]);

        Assert.True(KrippendorffAlpha.Compute(units, AlphaMetric.Ordinal).Alpha < 0);
    }
}
