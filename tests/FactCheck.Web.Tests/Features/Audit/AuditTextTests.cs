using FactCheck.Core.Review;
using FactCheck.Web.Features.Audit;

namespace FactCheck.Web.Tests.Features.Audit;

public class AuditTextTests
{
    private static AuditEntry Entry(string action, Dictionary<string, string?> before, Dictionary<string, string?> after) =>
        new(1, DateTime.UtcNow, "eddie", action, 1, 2, 3, before, after);

    [Theory]
    [InlineData("verdict.returned", "Returned to the checker")]
    [InlineData("span.rejected", "Dismissed the span")]
    [InlineData("span.pinned-down", "Span pinned down")]
    public void Action_Code_ReadableLabel(string action, string expected)
    {
        Assert.Equal(expected, AuditText.Action(action));
    }

    [Fact]
    public void Changes_VerdictReturned_StatusAndCommentWithRatingLabels()
    {
        var entry = Entry("verdict.returned",
            new() { ["Status"] = "Submitted", ["RatingKey"] = "true", ["ReviewedAt"] = null, ["EditorComment"] = null },
            new() { ["Status"] = "Returned", ["RatingKey"] = "mostly-true", ["ReviewedAt"] = "2026-03-02T10:00:00.0000000Z", ["EditorComment"] = "Cite the report." });

        var changes = AuditText.Changes(entry, RatingScale.Default);

        Assert.Equal(
            [new AuditChange("Status", "Submitted", "Returned"), new AuditChange("Rating", "True", "Mostly true"), new AuditChange("Editor's comment", null, "Cite the report.")],
            changes);
    }

    [Fact]
    public void Changes_SpanAnchor_ShowsTheQuotedText()
    {
        var entry = Entry("span.resized",
            new() { ["Anchor"] = "TextAnchor { Start = 0, End = 5, Exact = Hello, Prefix = , Suffix =  world }" },
            new() { ["Anchor"] = "TextAnchor { Start = 0, End = 11, Exact = Hello world, Prefix = , Suffix =  }" });

        Assert.Equal(new AuditChange("Text", "“Hello”", "“Hello world”"), Assert.Single(AuditText.Changes(entry)));
    }

    [Fact]
    public void Changes_SettingsFlags_OnAndOff()
    {
        var entry = Entry("settings.changed", new() { ["BlindDoubleCheck"] = "False", ["ReviewDueHours"] = "48" }, new() { ["BlindDoubleCheck"] = "True", ["ReviewDueHours"] = "24" });

        Assert.Equal([new AuditChange("Blind double check", "off", "on"), new AuditChange("Review due within (hours)", "48", "24")], AuditText.Changes(entry));
    }

    [Fact]
    public void Changes_LongRationale_Shortened()
    {
        var entry = Entry("verdict.saved", new() { ["Rationale"] = "short" }, new() { ["Rationale"] = new string('x', 500) });

        Assert.Equal(160, Assert.Single(AuditText.Changes(entry)).After!.Length);
    }
}
