using System.Text;

namespace FactCheck.Web.Features.Import;

/// Decodes uploaded text strictly: UTF-8 (or UTF-16/32 with a byte-order mark), no invalid bytes, no binary control characters.
public static class StrictText
{
    private static readonly Encoding _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string fileName, ReadOnlySpan<byte> bytes)
    {
        var (encoding, bomLength) = Detect(bytes);
        string text;
        try
        {
            text = encoding.GetString(bytes[bomLength..]);
        }
        catch (DecoderFallbackException e)
        {
            var position = e.Index >= 0 ? $" (invalid byte at position {bomLength + e.Index:N0})" : "";
            throw new ImportRejectedException(
                $"{fileName} is not valid {encoding.WebName.ToUpperInvariant()} text{position}. Save it as UTF-8 and try again.");
        }

        return CheckForBinary(fileName, text);
    }

    public static string CheckForBinary(string fileName, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBinaryControl(text[i]))
                throw new ImportRejectedException($"{fileName} does not look like a text file: it contains binary data (character U+{(int)text[i]:X4} at position {i:N0}).");
        }
        return text;
    }

    private static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (_utf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => (_utf8, 0),
    };

    // Tab, line feed, form feed and carriage return occur in real text; every other C0 control (NUL above all) and DEL mean binary data.
    private static bool IsBinaryControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\f' or '\r')) || c == '\u007F';
}
