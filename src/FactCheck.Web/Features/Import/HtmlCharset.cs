using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Web.Features.Import;

/// The legacy (non-UTF) encoding a page declares in its Content-Type header or a <meta> near its top, if any.
public static partial class HtmlCharset
{
    /// Null when nothing is declared, the declaration is UTF-8 or unknown, or a byte-order mark says otherwise.
    public static Encoding? Declared(ReadOnlySpan<byte> content, string? headerCharset)
    {
        if (content is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            return null;
        var charset = headerCharset?.Trim('"', '\'', ' ');
        if (string.IsNullOrEmpty(charset))
        {
            var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, 4096)]);
            charset = MetaCharset().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
        }
        if (string.IsNullOrEmpty(charset) || charset.Replace("-", "").Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return null;
        try
        {
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? Encoding.GetEncoding(charset);
            return encoding.CodePage == Encoding.UTF8.CodePage ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
