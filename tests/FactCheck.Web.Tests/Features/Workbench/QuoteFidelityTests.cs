using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class QuoteFidelityTests
{
    private static string Describe(IEnumerable<FidelityToken> tokens) =>
        string.Join(" ", tokens.Select(t => t.Kind switch
        {
            FidelityKind.Same => t.Text,
            FidelityKind.Changed => $"[{t.Original}->{t.Text}]",
            FidelityKind.Inserted => $"[+{t.Text}]",
            FidelityKind.Omitted => $"[-{t.Text}]",
            _ => $"[…={t.Original}]",
        }));

    [Theory]
    [InlineData("We will cut taxes for every family.", "We will cut taxes for every family.", "We will cut taxes for every family.")]
    [InlineData("we WILL cut taxes, for every family", "We will cut taxes for every family.", "we WILL cut taxes, for every family")]
    [InlineData("We will cut taxes for every family.", "We will raise taxes for every family.", "We will [raise->cut] taxes for every family.")]
    [InlineData("We cut taxes today.", "We cut all taxes today.", "We cut [-all] taxes today.")]
    [InlineData("We will never cut taxes.", "We will cut taxes.", "We will [+never] cut taxes.")]
    [InlineData("We will cut … taxes.", "We will cut, if the budget allows, taxes.", "We will cut […=if the budget allows,] taxes.")]
    [InlineData("We won’t stop.", "We won't stop.", "We won’t stop.")]
    public void Compare_QuoteAgainstOriginal_FlagsEachKindOfDifference(string quote, string original, string expected)
    {
        Assert.Equal(expected, Describe(QuoteFidelity.Compare(quote, original)));
    }

    [Fact]
    public void Compare_OriginalIsALongerPassage_DoesNotCountTheSurroundingWordsAsOmitted()
    {
        var tokens = QuoteFidelity.Compare("our territory is inalienable", "He said no. Our territory is inalienable, and so is our sovereignty.");

        Assert.True(QuoteFidelity.IsFaithful(tokens));
        Assert.Equal("our territory is inalienable", Describe(tokens));
    }

    [Fact]
    public void Compare_EllipsisThatHidesNothing_IsFine()
    {
        var tokens = QuoteFidelity.Compare("We can collaborate … We can work together", "We can collaborate. We can work together");

        Assert.True(QuoteFidelity.IsFaithful(tokens));
    }
}
