using System.IO.Compression;
using System.Text.RegularExpressions;

namespace FactCheck.Web.Features.Import;

/// Decides a file's format from its content, and refuses a file whose content does not match its extension.
/// Text formats come back decoded.
public static partial class ContentSniffer
{
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".html", ".htm", ".docx", ".pdf"];

    public static SniffedContent Detect(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            var shown = extension.Length > 0 ? $"'{extension}' files" : "files without an extension";
            throw new ImportRejectedException($"FactCheck cannot import {shown}. Use {string.Join(", ", Extensions.SkipLast(1))} or {Extensions[^1]}.");
        }
        if (content.IsEmpty)
            throw new ImportRejectedException($"{fileName} is empty.");

        var binary = BinaryKind(content);
        switch (extension)
        {
            case ".pdf":
                return binary == "a PDF document" ? new(ImportFormat.Pdf, null)
                    : throw new ImportRejectedException($"{fileName} is not a PDF: {Describe(binary)}.");
            case ".docx":
                if (binary == "a ZIP archive")
                {
                    return IsWordPackage(fileName, content) ? new(ImportFormat.Docx, null)
                        : throw new ImportRejectedException($"{fileName} is not a Word document: it is a ZIP archive without a word/document.xml part.");
                }
                if (binary == "an old Word (.doc) or Office 97-2003 file")
                    throw new ImportRejectedException($"{fileName} is an old Word 97-2003 file. Open it in Word and save it as .docx.");
                throw new ImportRejectedException($"{fileName} is not a Word document: {Describe(binary)}.");
        }

        var isHtml = extension is ".html" or ".htm";
        string text;
        try
        {
            // A saved page may declare a legacy charset (windows-1252, ISO-8859-x); every other text must be UTF-8.
            text = isHtml && HtmlCharset.Declared(content, headerCharset: null) is { } legacy
                ? StrictText.CheckForBinary(fileName, legacy.GetString(content))
                : StrictText.Decode(fileName, content);
        }
        catch (ImportRejectedException) when (binary is not null)
        {
            throw new ImportRejectedException($"{fileName} is not a text file: its content is {binary}.");
        }
        if (binary == "a PDF document" && content.StartsWith("%PDF-"u8))
            throw new ImportRejectedException($"{fileName} is not a text file: its content is {binary}.");

        return extension switch
        {
            ".md" => new(ImportFormat.Markdown, text),
            _ when isHtml => LooksLikeHtml(text) ? new(ImportFormat.Html, text)
                : throw new ImportRejectedException($"{fileName} does not look like an HTML page: no <html>, <head>, <body> or paragraph tags at its start."),
            _ => new(ImportFormat.PlainText, text),
        };
    }

    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<") && HtmlTag().IsMatch(start[..Math.Min(start.Length, 4096)]);
    }

    private static string Describe(string? binary) => binary is null ? "its content is text" : $"its content is {binary}";

    // The signatures of what is most often renamed by mistake; anything else is judged as text.
    private static string? BinaryKind(ReadOnlySpan<byte> content)
    {
        if (content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
            return "a PDF document";
        return content switch
        {
            [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive",
            [0x50, 0x4B, 0x05, 0x06, ..] => "an empty ZIP archive",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => "an old Word (.doc) or Office 97-2003 file",
            [0x89, 0x50, 0x4E, 0x47, ..] => "a PNG image",
            [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
            [0x47, 0x49, 0x46, 0x38, ..] => "a GIF image",
            [0x1F, 0x8B, ..] => "a gzip archive",
            [0x7F, 0x45, 0x4C, 0x46, ..] => "a program (ELF)",
            [0x4D, 0x5A, ..] => "a Windows program",
            [0x52, 0x61, 0x72, 0x21, ..] => "a RAR archive",
            [0x37, 0x7A, 0xBC, 0xAF, ..] => "a 7-Zip archive",
            _ => null,
        };
    }

    private static bool IsWordPackage(string fileName, ReadOnlySpan<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            throw new ImportRejectedException($"{fileName} is damaged: its ZIP structure cannot be read.");
        }
    }

    [GeneratedRegex(@"<(!doctype\s+html|html|head|body|title|meta|article|main|section|div|p|h[1-6]|!--)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
