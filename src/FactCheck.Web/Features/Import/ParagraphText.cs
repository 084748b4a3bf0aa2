using System.Text;

namespace FactCheck.Web.Features.Import;

/// The shape every extractor produces: paragraphs separated by one blank line, whitespace inside a line collapsed.
public static class ParagraphText
{
    public static string Join(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(Clean).Where(p => p.Length > 0));

    /// Collapses spaces, tabs and no-break spaces to one space per run; keeps explicit line breaks, drops blank lines.
    public static string Clean(string paragraph)
    {
        var lines = paragraph.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var result = new StringBuilder(paragraph.Length);
        foreach (var line in lines)
        {
            var start = result.Length;
            if (start > 0)
                result.Append('\n');
            var pendingSpace = false;
            var wrote = false;
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = wrote;
                    continue;
                }
                if (pendingSpace)
                    result.Append(' ');
                result.Append(c);
                pendingSpace = false;
                wrote = true;
            }
            if (!wrote)
                result.Length = start;
        }
        return result.ToString();
    }

    /// Plain text as written: line endings normalised, trailing spaces and runs of blank lines removed, line wrapping kept.
    public static string NormalizePlainText(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());
        var result = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (result.Length > 0)
                result.Append(blank > 0 ? "\n\n" : "\n");
            result.Append(line);
            blank = 0;
        }
        return result.ToString();
    }

    /// "budget-cuts_2025.docx" → "budget cuts 2025": a title to start from when the file has none.
    public static string TitleFromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).Replace('_', ' ').Replace('-', ' ');
        return Clean(stem);
    }
}
