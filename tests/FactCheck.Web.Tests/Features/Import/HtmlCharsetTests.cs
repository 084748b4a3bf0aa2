using System.Text;
using FactCheck.Web.Features.Import;

namespace FactCheck.Web.Tests.Features.Import;

public class HtmlCharsetTests
{
    [Theory]
    [InlineData("<meta charset=\"ISO-8859-1\">", null, 28591)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", null, 1252)]
    [InlineData("<meta charset=\"utf-8\">", "windows-1252", 1252)]
    public void Declared_LegacyCharset_IsFound(string head, string? header, int codePage)
    {
        Assert.Equal(codePage, HtmlCharset.Declared(Encoding.ASCII.GetBytes($"<html><head>{head}</head></html>"), header)?.CodePage);
    }

    [Theory]
    [InlineData("<meta charset=\"utf-8\">", null)]
    [InlineData("<meta charset=\"UTF8\">", null)]
    [InlineData("<meta charset=\"no-such-charset\">", null)]
    [InlineData("", null)]
    [InlineData("", "utf-8")]
    public void Declared_Utf8OrNothingOrUnknown_IsNull(string head, string? header)
    {
        Assert.Null(HtmlCharset.Declared(Encoding.ASCII.GetBytes($"<html><head>{head}</head></html>"), header));
    }

    [Fact]
    public void Declared_ByteOrderMark_WinsOverTheMetaTag()
    {
        Assert.Null(HtmlCharset.Declared([0xEF, 0xBB, 0xBF, .. "<meta charset=\"windows-1252\">"u8], null));
    }
}
