using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class SafeMarkdownTests
{
    [Fact]
    public void ToHtml_Markdown_RendersEmphasisListsAndLinks()
    {
        var html = SafeMarkdown.ToHtml("**False**: see [BLS](https://www.bls.gov/cps/).\n\n- one\n- two");

        Assert.Contains("<strong>False</strong>", html);
        Assert.Contains("<a href=\"https://www.bls.gov/cps/\">BLS</a>", html);
        Assert.Contains("<li>one</li>", html);
    }

    [Theory]
    [InlineData("<script>window.__x=1</script>", "&lt;script&gt;")]
    [InlineData("<img src=x onerror=\"window.__y=1\">", "&lt;img")]
    [InlineData("[click](javascript:alert(1))", "<a href=\"\">click</a>")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    [InlineData("![tracker](https://evil.example/pixel.png)", "<p>tracker</p>")]
    public void ToHtml_UnsafeInput_IsNeutralised(string markdown, string expected)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.Contains(expected, html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=\"javascript", html);
    }
}
