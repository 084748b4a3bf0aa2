using System.Text;
using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class StrictTextTests
{
    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "Caf\u00e9 au lait"u8];

        Assert.Equal("Caf\u00e9 au lait", StrictText.Decode("a.txt", bytes));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_Utf16WithBom_IsDecoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Mayor \u201CRuiz\u201D said")];

        Assert.Equal("Mayor \u201CRuiz\u201D said", StrictText.Decode("a.txt", bytes));
    }

    [Fact]
    public void Decode_Latin1Bytes_NamesTheInvalidPosition()
    {
        var e = Assert.Throws<ImportRejectedException>(() => StrictText.Decode("cafe.txt", TestDocuments.Latin1Text()));

        Assert.Equal("cafe.txt is not valid UTF-8 text (invalid byte at position 7). Save it as UTF-8 and try again.", e.Message);
    }

    [Fact]
    public void Decode_NulByte_IsBinary()
    {
        var e = Assert.Throws<ImportRejectedException>(() => StrictText.Decode("data.txt", [.. "abc"u8, 0x00, .. "def"u8]));

        Assert.Equal("data.txt does not look like a text file: it contains binary data (character U+0000 at position 3).", e.Message);
    }

    [Fact]
    public void Decode_TabsFormFeedsAndLineEndings_AreText()
    {
        Assert.Equal("a\tb\r\nc\fd", StrictText.Decode("a.txt", "a\tb\r\nc\fd"u8.ToArray()));
    }
}
