using FactCheck.Core.Review;

namespace FactCheck.Storage.Tests;

public class VerdictResultTests
{
    private static readonly DateTime Then = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Verdict Submitted() =>
        new(1, 1, 1, "casey", "true", "Why.", VerdictStatus.Submitted, Then, Then.AddHours(1), 2, SubmittedAt: Then.AddHours(1), LastEditedBy: "casey");

    [Fact]
    public void Conflict_AnEditorReturnedIt_NamesTheEditor()
    {
        var returned = Submitted() with { Status = VerdictStatus.Returned, Reviewer = "ada", ReviewedAt = Then.AddHours(2), UpdatedAt = Then.AddHours(2) };

        Assert.StartsWith("ada changed this verdict", VerdictResult.Conflict(returned).Error);
    }

    [Fact]
    public void Conflict_CheckerResubmittedAfterAReturn_NamesTheChecker()
    {
        var resubmitted = Submitted() with { Reviewer = "ada", ReviewedAt = Then.AddHours(2), UpdatedAt = Then.AddHours(3) };

        Assert.StartsWith("casey changed this verdict", VerdictResult.Conflict(resubmitted).Error);
    }
}
