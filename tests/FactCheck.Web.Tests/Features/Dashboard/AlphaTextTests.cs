using FactCheck.Core.Agreement;
using FactCheck.Web.Features.Dashboard;

namespace FactCheck.Web.Tests.Features.Dashboard;

public class AlphaTextTests
{
    [Theory]
    [InlineData(0.85, 10, "0.850", "Reliable")]
    [InlineData(0.7, 10, "0.700", "Tentative")]
    [InlineData(0.2, 10, "0.200", "Unreliable")]
    [InlineData(double.NaN, 0, "—", "No claim has two ratings yet")]
    [InlineData(double.NaN, 3, "—", "Every rating is the same; nothing to compare")]
    public void ValueAndReading_KrippendorffThresholds(double alpha, int units, string value, string reading)
    {
        var result = new AlphaResult(alpha, units, units * 2, 0, 0);

        Assert.Equal((value, reading), (AlphaText.Value(result), AlphaText.Reading(result)));
    }
}
