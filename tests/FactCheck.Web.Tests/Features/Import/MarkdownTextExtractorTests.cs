using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class MarkdownTextExtractorTests
{
    [Fact]
    public void Extract_Markup_LeavesOnlyText()
    {
        const string markdown = """
            # Council cuts road budget

            The council cut the budget by **12%**, the *first* cut in a [decade](https://example.com/decade).

            ## What the mayor said

            > "We cannot afford it," said `Mayor Ruiz`.

            - Roads: 41% poor
            - Schools: four repaired

            ![chart](chart.png)

            ---

            Contact: <https://ledger.example/contact> &amp; <span>more</span>
            """;

        var draft = MarkdownTextExtractor.Extract(markdown);

        Assert.Equal("Council cuts road budget", draft.Title);
        Assert.Equal(
            "The council cut the budget by 12%, the first cut in a decade.\n\n" +
            "What the mayor said\n\n" +
            "\"We cannot afford it,\" said Mayor Ruiz.\n\n" +
            "Roads: 41% poor\n\nSchools: four repaired\n\n" +
            "Contact: https://ledger.example/contact & more",
            draft.Text);
    }

    [Fact]
    public void Extract_FrontMatter_FillsTheMetadata()
    {
        const string markdown = """
            ---
            title: "Council cuts road budget"
            author: Dana Whitfield
            outlet: The Valley Ledger
            date: 2025-03-14
            url: https://valley-ledger.example/roads
            ---
            The council cut the budget by 12%.
            """;

        var draft = MarkdownTextExtractor.Extract(markdown);

        Assert.Equal(
            new ArticleDraft("The council cut the budget by 12%.", "Council cuts road budget", "Dana Whitfield", "The Valley Ledger", new DateOnly(2025, 3, 14), "https://valley-ledger.example/roads"),
            draft);
    }

    [Fact]
    public void Extract_HeadingAfterText_StaysInTheBody()
    {
        var draft = MarkdownTextExtractor.Extract("Intro line.\n\n# Later heading\n\nMore.");

        Assert.Null(draft.Title);
        Assert.Equal("Intro line.\n\nLater heading\n\nMore.", draft.Text);
    }
}
