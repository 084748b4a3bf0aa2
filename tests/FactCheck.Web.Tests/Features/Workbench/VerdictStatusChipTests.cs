using Bunit;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class VerdictStatusChipTests : WebTestContext
{
    [Theory]
    [InlineData(VerdictStatus.Draft, "Draft", "default")]
    [InlineData(VerdictStatus.Submitted, "Submitted", "info")]
    [InlineData(VerdictStatus.Returned, "Returned", "warning")]
    [InlineData(VerdictStatus.Approved, "Approved", "success")]
    [InlineData(VerdictStatus.Published, "Published", "primary")]
    public void Chip_Status_ShowsItsNameInItsOwnColour(VerdictStatus status, string text, string colour)
    {
        var cut = Render<VerdictStatusChip>(p => p.Add(x => x.Status, status));

        var chip = cut.Find("[data-testid=verdict-status]");
        Assert.Equal(text, chip.TextContent.Trim());
        Assert.Contains($"mud-chip-color-{colour}", chip.ClassList);
    }

    [Fact]
    public void Chip_NewStatus_ChangesTextAndColour()
    {
        var cut = Render<VerdictStatusChip>(p => p.Add(x => x.Status, VerdictStatus.Submitted));

        cut.Render(p => p.Add(x => x.Status, VerdictStatus.Returned));

        var chip = cut.Find("[data-testid=verdict-status]");
        Assert.Equal("Returned", chip.TextContent.Trim());
        Assert.Contains("mud-chip-color-warning", chip.ClassList);
        Assert.DoesNotContain("mud-chip-color-info", chip.ClassList);
    }
}
