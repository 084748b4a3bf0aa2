using System.Numerics;

namespace FactCheck.Core.Claims;

/// Stable 64-bit hashes of case-folded tokens and token sequences. The model file stores words and word pairs as
/// text; the scorer hashes them with these functions, so they must never change without retraining.
internal static class ClaimHash
{
    /// The state of a token hash before its first character.
    public const ulong Seed = 14695981039346656037UL;

    private const ulong FnvPrime = 1099511628211UL;

    /// The hash of one token, folded to lower case with typographic apostrophes as '\''.
    public static ulong Token(ReadOnlySpan<char> token)
    {
        var hash = Seed;
        foreach (var c in token)
            hash = Step(hash, c);
        return Finish(hash);
    }

    /// Adds one character to a token hash under way (FNV-1a over folded characters).
    public static ulong Step(ulong hash, char c) => (hash ^ Fold(c)) * FnvPrime;

    /// Completes a token hash: Token(t) == Finish(Step(...Step(Seed, t[0])..., t[^1])).
    public static ulong Finish(ulong hash) => Mix(hash);

    /// The hash of a sequence: the hash of its prefix combined with the hash of its next token.
    public static ulong Combine(ulong prefix, ulong next) => Mix(BitOperations.RotateLeft(prefix, 23) ^ next ^ 0x9E3779B97F4A7C15UL);

    /// The hash of space-separated tokens, as written in the model file ("tax cuts").
    public static ulong Phrase(ReadOnlySpan<char> phrase)
    {
        ulong hash = 0;
        var first = true;
        foreach (var range in phrase.Split(' '))
        {
            var token = Token(phrase[range]);
            hash = first ? token : Combine(hash, token);
            first = false;
        }
        return hash;
    }

    public static char Fold(char c)
    {
        if (c < 128)
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        return c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);
    }

    /// The folded form of a token, as the model file writes it.
    public static string FoldedText(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        for (var i = 0; i < token.Length; i++)
            buffer[i] = Fold(token[i]);
        return new string(buffer);
    }

    // splitmix64's finaliser: spreads the bits so that masking the low bits makes a good table index.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
