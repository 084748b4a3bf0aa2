using FactCheck.Core.Claims.Training;

namespace FactCheck.Core.Tests.Claims;

public class CheckworthyEvaluationTests
{
    [Theory]
    [InlineData(new[] { 0.9, 0.8, 0.7 }, new[] { 1, 0, 1 }, 0.8333333)] // 1/2·1 + 1/2·2/3
    [InlineData(new[] { 0.5, 0.5 }, new[] { 1, 0 }, 0.5)] // tied scores enter together
    [InlineData(new[] { 0.9, 0.5, 0.5, 0.1 }, new[] { 0, 1, 1, 0 }, 0.6666667)] // both positives enter at precision 2/3
    [InlineData(new[] { 0.1, 0.2, 0.3 }, new[] { 1, 1, 1 }, 1.0)]
    public void AveragePrecision_Ranking_MatchesTheStepFunction(double[] scores, int[] labels, double expected)
    {
        var ap = RankingMetrics.AveragePrecision(scores.Zip(labels));

        Assert.NotNull(ap);
        Assert.Equal(expected, ap.Value, 6);
    }

    [Fact]
    public void AveragePrecision_NoPositive_IsNull()
    {
        Assert.Null(RankingMetrics.AveragePrecision([(0.4, 0), (0.2, 0)]));
    }

    [Fact]
    public void Compute_Groups_AveragesOnlyGroupsWithAPositive()
    {
        CheckworthyExample[] examples =
        [
            new("a1", "x", 1, "S", "a"), new("a2", "x", 0, "S", "a"),
            new("b1", "x", 0, "S", "b"), new("b2", "x", 1, "S", "b"),
            new("c1", "x", 0, "S", "c"),
        ];
        var scores = new Dictionary<string, double> { ["a1"] = 0.9, ["a2"] = 0.1, ["b1"] = 0.9, ["b2"] = 0.1, ["c1"] = 0.5 };

        var evaluation = CheckworthyEvaluation.Compute(examples, scores);

        var source = Assert.Single(evaluation.Sources);
        Assert.Equal(2, source.Groups);
        Assert.Equal((1.0 + 0.5) / 2, source.MeanGroupAveragePrecision, 9);
    }
}
