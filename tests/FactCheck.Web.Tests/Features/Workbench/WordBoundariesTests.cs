using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class WordBoundariesTests
{
    private const string Text = "Taxes rose 4% last year.";

    [Theory]
    [InlineData(11, 6)]
    [InlineData(6, 0)]
    [InlineData(0, 0)]
    public void Previous_GoesToTheStartOfTheWordBefore(int from, int expected) => Assert.Equal(expected, WordBoundaries.Previous(Text, from));

    [Theory]
    [InlineData(10, 13)]
    [InlineData(13, 18)]
    [InlineData(24, 24)]
    public void Next_GoesToTheEndOfTheWordAfter(int from, int expected) => Assert.Equal(expected, WordBoundaries.Next(Text, from));
}
