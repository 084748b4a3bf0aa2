using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Web.Features.Revisions;

namespace FactCheck.Web.Tests.Features.Revisions;

public class RevisionHistoryTests : WebTestContext
{
    [Fact]
    public void RevisionHistory_ThreeVersions_ListsThemNewestFirstWithHowTheyCame()
    {
        var at = new DateTime(2026, 2, 3, 14, 30, 0, DateTimeKind.Utc);
        ArticleRevision[] revisions =
        [
            new(1, 1, at.AddDays(-2), RevisionOrigin.Unrecorded, null, null, 5400),
            new(1, 2, at.AddDays(-1), RevisionOrigin.Paste, null, "Casey Checker", 5420, 40, 2, 1, 3),
            new(1, 3, at, RevisionOrigin.Url, "https://example.org/harbor", null, 5430, 44, 0, 0, 0),
        ];

        var cut = Render<RevisionHistory>(p => p.Add(x => x.Revisions, revisions));

        var rows = cut.FindAll("[data-testid=revision-row]");
        Assert.Equal(3, rows.Count);
        Assert.Contains("2026-02-03 14:30 UTC", rows[0].TextContent);
        Assert.Contains("fetched from https://example.org/harbor", rows[0].TextContent);
        Assert.Contains("pasted by Casey Checker", rows[1].TextContent);
        Assert.Contains("40 anchored, 2 changed, 1 orphaned · 3 new suggestions", rows[1].TextContent);
        Assert.Contains("first version", rows[2].TextContent);
        Assert.Contains("5,400 characters", rows[2].TextContent);
    }

    [Fact]
    public void RevisionHistory_OneVersion_RendersNothing()
    {
        var cut = Render<RevisionHistory>(p => p.Add(x => x.Revisions, [new ArticleRevision(1, 1, DateTime.UtcNow, RevisionOrigin.Paste, null, null, 10)]));

        Assert.Equal("", cut.Markup.Trim());
    }
}
