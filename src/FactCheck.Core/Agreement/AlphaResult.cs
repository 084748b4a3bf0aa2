namespace FactCheck.Core.Agreement;

/// <summary>Krippendorff's alpha for a set of reliability data, with the counts behind it.</summary>
/// <param name="Alpha">1 − D_o / D_e; <see cref="double.NaN"/> when it is undefined (see <see cref="IsDefined"/>).</param>
/// <param name="Units">Pairable units: units that received at least two values.</param>
/// <param name="Values">Pairable values n: all values given to pairable units.</param>
/// <param name="ObservedDisagreement">D_o, the mean disagreement within units.</param>
/// <param name="ExpectedDisagreement">D_e, the disagreement expected if values were paired by chance.</param>
public sealed record AlphaResult(double Alpha, int Units, int Values, double ObservedDisagreement, double ExpectedDisagreement)
{
    /// <summary>
    /// False when no unit has two values, or when every value is the same so nothing could disagree
    /// (D_e = 0): alpha says nothing about such data.
    /// </summary>
    public bool IsDefined => !double.IsNaN(Alpha);
}
