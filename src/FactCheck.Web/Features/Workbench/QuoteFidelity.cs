using DiffPlex;
using DiffPlex.Chunkers;

namespace FactCheck.Web.Features.Workbench;

public enum FidelityKind
{
    /// The same word in the quote and the original.
    Same,

    /// A word the quote changed: <see cref="FidelityToken.Original"/> holds what was said.
    Changed,

    /// A word the quote has that the original does not.
    Inserted,

    /// A word of the original the quote leaves out, with no ellipsis to say so.
    Omitted,

    /// Words of the original that an ellipsis in the quote stands for.
    HiddenByEllipsis,
}

/// One word of the comparison, as printed in the quote (or, for omissions, as in the original).
public sealed record FidelityToken(string Text, FidelityKind Kind, string? Original = null);

/// Compares a quote as printed with the original words, word by word. Case, punctuation and curly versus
/// straight apostrophes don't count as changes; an ellipsis is checked against what it hides.
public static class QuoteFidelity
{
    public static IReadOnlyList<FidelityToken> Compare(string quote, string original)
    {
        var quoteWords = Words(quote);
        var originalWords = Words(original);
        var diff = Differ.Instance.CreateDiffs(
            string.Join('\n', originalWords.Select(Key)),
            string.Join('\n', quoteWords.Select(Key)),
            ignoreWhiteSpace: false,
            ignoreCase: false,
            LineChunker.Instance);

        var tokens = new List<FidelityToken>();
        int a = 0, b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            while (b < block.InsertStartB)
            {
                tokens.Add(new FidelityToken(quoteWords[b++], FidelityKind.Same));
                a++;
            }
            var deleted = originalWords.Skip(block.DeleteStartA).Take(block.DeleteCountA).ToList();
            var inserted = quoteWords.Skip(block.InsertStartB).Take(block.InsertCountB).ToList();
            AddBlock(tokens, deleted, inserted);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        while (b < quoteWords.Count)
            tokens.Add(new FidelityToken(quoteWords[b++], FidelityKind.Same));
        return TrimOriginalContext(tokens);
    }

    /// True when the quote differs from the original in any way that matters.
    public static bool IsFaithful(IReadOnlyList<FidelityToken> tokens) => tokens.All(t => t.Kind == FidelityKind.Same);

    private static void AddBlock(List<FidelityToken> tokens, List<string> deleted, List<string> inserted)
    {
        var d = 0;
        foreach (var word in inserted)
        {
            if (IsEllipsis(word))
            {
                // The ellipsis stands for every original word left in this block.
                var hidden = string.Join(' ', deleted.Skip(d));
                d = deleted.Count;
                tokens.Add(new FidelityToken(word, hidden.Length > 0 ? FidelityKind.HiddenByEllipsis : FidelityKind.Same, hidden.Length > 0 ? hidden : null));
            }
            else if (d < deleted.Count)
            {
                tokens.Add(new FidelityToken(word, FidelityKind.Changed, deleted[d++]));
            }
            else
            {
                tokens.Add(new FidelityToken(word, FidelityKind.Inserted));
            }
        }
        while (d < deleted.Count)
            tokens.Add(new FidelityToken(deleted[d++], FidelityKind.Omitted));
    }

    // A quote is usually part of a longer original: words of the original before the quote starts
    // and after it ends are context, not omissions.
    private static List<FidelityToken> TrimOriginalContext(List<FidelityToken> tokens)
    {
        var first = tokens.FindIndex(t => t.Kind != FidelityKind.Omitted);
        var last = tokens.FindLastIndex(t => t.Kind != FidelityKind.Omitted);
        return first < 0 ? [] : tokens.GetRange(first, last - first + 1);
    }

    private static List<string> Words(string text)
    {
        // An ellipsis glued to a word ("said…") is its own token so it can be checked.
        var spaced = text.Replace("…", " … ", StringComparison.Ordinal).Replace("...", " … ", StringComparison.Ordinal);
        return spaced.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => Key(w).Length > 0 || IsEllipsis(w)).ToList();
    }

    private static bool IsEllipsis(string word) => word is "…" or "[…]" or "[...]";

    private static string Key(string word)
    {
        if (IsEllipsis(word))
            return "…";
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
                buffer[n++] = char.ToLowerInvariant(c);
            else if (c is '\'' or '\u2019' && n > 0)
                buffer[n++] = '\'';
        }
        return new string(buffer[..n]);
    }
}
