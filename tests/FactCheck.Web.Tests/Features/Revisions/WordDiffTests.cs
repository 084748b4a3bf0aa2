using Bunit;
using FactCheck.Web.Features.Revisions;

namespace FactCheck.Web.Tests.Features.Revisions;

public class WordDiffTests : WebTestContext
{
    [Fact]
    public void WordDiff_ChangedNumber_ShowsRemovedAndAddedWords()
    {
        var cut = Render<WordDiff>(p => p
            .Add(x => x.Before, "The plan costs $212 million.")
            .Add(x => x.After, "The plan costs $221 million."));

        Assert.Equal("$212", cut.Find("del").TextContent);
        Assert.Equal("$221", cut.Find("ins").TextContent);
        Assert.Equal("The plan costs $212$221 million.", cut.Find("[data-testid=word-diff]").TextContent.Trim());
    }

    [Fact]
    public void WordDiff_MarkupInText_IsShownAsText()
    {
        var cut = Render<WordDiff>(p => p
            .Add(x => x.Before, "He said <b>no</b>.")
            .Add(x => x.After, "He said <img src=x onerror=alert(1)>."));

        Assert.Empty(cut.FindAll("b, img"));
        Assert.Contains("<img src=x onerror=alert(1)>", cut.Find("ins").TextContent);
    }
}
