using FactCheck.Core.Anchoring;

namespace FactCheck.Core.Tests.Anchoring;

public class OffsetMapTests
{
    private const string Old = "The mayor spoke first.\n\nThe council voted 7-2 on Wednesday.\n\nResidents cheered.\n";

    [Fact]
    public void Map_ParagraphInsertedBefore_ShiftsByItsLength()
    {
        const string inserted = "A new paragraph about the weather.\n\n";
        var updated = Old.Insert(Old.IndexOf("The council", StringComparison.Ordinal), inserted);

        var map = OffsetMap.Between(Old, updated);

        var council = Old.IndexOf("council", StringComparison.Ordinal);
        Assert.Equal(council + inserted.Length, map.Map(council));
        Assert.Equal(3, map.Map(3));
    }

    [Fact]
    public void Map_TypoFixedEarlier_ShiftsByTheLengthDifference()
    {
        var old = "The goverment said so. Residents cheered.";
        var updated = "The government said so. Residents cheered.";

        var map = OffsetMap.Between(old, updated);

        var residents = old.IndexOf("Residents", StringComparison.Ordinal);
        Assert.Equal(residents + 1, map.Map(residents));
        Assert.True(map.TryMapUnchanged(residents, residents + "Residents cheered.".Length, out var start));
        Assert.Equal(updated.IndexOf("Residents", StringComparison.Ordinal), start);
    }

    [Fact]
    public void TryMapUnchanged_SpanTouchingAnEdit_IsFalse()
    {
        var old = "The goverment said so. Residents cheered.";
        var updated = "The government said so. Residents cheered.";

        var map = OffsetMap.Between(old, updated);

        Assert.False(map.TryMapUnchanged(0, "The goverment said so.".Length, out _));
    }

    [Fact]
    public void Map_OffsetInDeletedParagraph_LandsWhereItWas()
    {
        var updated = Old.Replace("The council voted 7-2 on Wednesday.\n\n", "", StringComparison.Ordinal);

        var map = OffsetMap.Between(Old, updated);

        var deleted = Old.IndexOf("voted", StringComparison.Ordinal);
        Assert.Equal(updated.IndexOf("Residents", StringComparison.Ordinal), map.Map(deleted));
    }

    [Fact]
    public void Map_IdenticalTexts_IsIdentity()
    {
        var map = OffsetMap.Between(Old, Old);

        Assert.Single(map.Runs);
        Assert.All(Enumerable.Range(0, Old.Length + 1), i => Assert.Equal(i, map.Map(i)));
    }

    [Fact]
    public void Map_HarborRevision_CarriesEveryUnchangedSentence()
    {
        var map = OffsetMap.Between(HarborArticle.Version1, HarborArticle.Version2);

        const string sentence = "The seawall itself is in poor condition.";
        var old = HarborArticle.Version1.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(map.TryMapUnchanged(old, old + sentence.Length, out var start));
        Assert.Equal(HarborArticle.Version2.IndexOf(sentence, StringComparison.Ordinal), start);
    }
}
