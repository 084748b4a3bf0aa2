using System.Buffers;
using FactCheck.Core.Text;

namespace FactCheck.Core.Claims;

/// Splits a sentence into clauses when it joins separate checkable assertions: "Exports rose 5%, and imports fell 3%."
/// Conservative: it cuts only at a semicolon or at ", and" / ", but" / ", while" / ", whereas" / ", yet" outside
/// quotes and brackets, when the part after the cut starts with its own subject and both parts have at least three words
/// and something checkable of their own (a quantity, statistic, date, comparison or change).
internal static class ClauseSplitter
{
    private const int MinWords = 3;
    private const int MaxCandidates = 16;

    /// Longer "sentences" are not real sentences (a missing full stop, a list, a pasted table): they stay whole,
    /// which also bounds the work on adversarial input.
    public const int MaxSentenceLength = 2000;

    private static readonly SearchValues<char> Special = SearchValues.Create(";,\"\u201C\u201D()[]");

    private static readonly string[] Conjunctions = ["and", "but", "while", "whereas", "yet"];

    private static readonly string[] SubjectWords =
    [
        "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "the", "a", "an", "its",
        "his", "her", "their", "our", "my", "your", "some", "many", "most", "all", "each", "every", "both", "no", "one",
    ];

    private static readonly string[] Auxiliaries =
    [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do", "may",
        "might", "must", "should", "remains", "remained", "stands", "stood",
    ];

    /// Writes the clauses of <paramref name="sentence"/> into <paramref name="clauses"/> and returns how many;
    /// 1 (the sentence itself) when it stays whole.
    public static int Split(string text, TextSpan sentence, Span<TextSpan> clauses)
    {
        clauses[0] = sentence;
        if (sentence.Length > MaxSentenceLength)
            return 1;
        var s = text.AsSpan(sentence);
        Span<int> cutAt = stackalloc int[MaxCandidates];
        Span<int> resumeAt = stackalloc int[MaxCandidates];
        var candidates = FindCandidates(s, cutAt, resumeAt);
        if (candidates == 0 || EndsWithQuestionMark(s))
            return 1;

        var count = 0;
        var segmentStart = 0;
        for (var k = 0; k < candidates && count < clauses.Length - 1; k++)
        {
            var rightEnd = k + 1 < candidates ? cutAt[k + 1] : s.Length;
            var left = s[segmentStart..cutAt[k]];
            var right = s[resumeAt[k]..rightEnd];
            if (!IsAssertion(left) || !IsAssertion(right) || !StartsWithSubject(right))
                continue;
            clauses[count++] = Trim(text, sentence.Start + segmentStart, sentence.Start + cutAt[k]);
            segmentStart = resumeAt[k];
        }
        if (count == 0)
            return 1;
        clauses[count++] = Trim(text, sentence.Start + segmentStart, sentence.End);
        return count;
    }

    private static int FindCandidates(ReadOnlySpan<char> s, Span<int> cutAt, Span<int> resumeAt)
    {
        var count = 0;
        var depth = 0;
        var inQuote = false;
        for (var i = s.IndexOfAny(Special); i >= 0 && i < s.Length && count < cutAt.Length; i = Next(s, i + 1))
        {
            switch (s[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"':
                    inQuote = !inQuote;
                    break;
                case '\u201C':
                    inQuote = true;
                    break;
                case '\u201D':
                    inQuote = false;
                    break;
                case ';' when depth == 0 && !inQuote:
                    cutAt[count] = i;
                    resumeAt[count++] = i + 1;
                    break;
                case ',' when depth == 0 && !inQuote:
                    var start = i + 1;
                    while (start < s.Length && char.IsWhiteSpace(s[start]))
                        start++;
                    var end = start;
                    while (end < s.Length && char.IsLetter(s[end]))
                        end++;
                    if (end < s.Length && end > start && char.IsWhiteSpace(s[end]) && IsOneOf(s[start..end], Conjunctions))
                    {
                        cutAt[count] = i;
                        resumeAt[count++] = end;
                    }
                    break;
            }
        }
        return count;
    }

    private static int Next(ReadOnlySpan<char> s, int from)
    {
        var next = s[from..].IndexOfAny(Special);
        return next < 0 ? -1 : from + next;
    }

    private static bool IsAssertion(ReadOnlySpan<char> part)
    {
        var sink = new CueSink();
        ClaimScanner.Scan(part, 0, ref sink);
        return sink.Words >= MinWords && sink.Checkable;
    }

    /// "it fell", "the rate fell", "Japan's fell", "3 firms closed", or a bare noun followed by a verb ("imports fell");
    /// not a verb that shares the first part's subject ("and fell 3%").
    private static bool StartsWithSubject(ReadOnlySpan<char> part)
    {
        part = part.TrimStart();
        if (part.IsEmpty)
            return false;
        if (char.IsAsciiDigit(part[0]) || part[0] is '$' or '\u20AC' or '\u00A3' || char.IsUpper(part[0]))
            return true;
        var first = NextWord(ref part);
        if (first.IsEmpty)
            return false;
        if (IsOneOf(first, SubjectWords))
            return true;
        if (IsVerb(first) || first.EndsWith("ing") || first.EndsWith("ly"))
            return false;
        for (var i = 0; i < 2; i++)
        {
            var next = NextWord(ref part);
            if (next.IsEmpty)
                return false;
            if (IsVerb(next))
                return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        var end = 0;
        while (end < rest.Length && (char.IsLetter(rest[end]) || rest[end] is '\'' or '\u2019'))
            end++;
        var word = rest[..end];
        rest = end < rest.Length && !char.IsWhiteSpace(rest[end]) ? [] : rest[end..];
        return word;
    }

    private static bool IsVerb(ReadOnlySpan<char> word)
    {
        if (IsOneOf(word, Auxiliaries) || (word.Length >= 5 && word.EndsWith("ed") && !word.EndsWith("eed")))
            return true;
        ClaimLexicon.TryGet(ClaimHash.Token(word), out var entry);
        return (entry.Flags & LexFlags.Past) != 0 || entry.Feature == ClaimFeature.Trend;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool EndsWithQuestionMark(ReadOnlySpan<char> s)
    {
        s = s.TrimEnd().TrimEnd("\"'\u201D\u2019)]");
        return !s.IsEmpty && s[^1] == '?';
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return TextSpan.FromBounds(start, end);
    }

    /// Counts words and notes whether a checkable cue occurred.
    private struct CueSink : IClaimFeatureSink
    {
        public int Words;
        public bool Checkable;

        public void Cue(ClaimFeature feature, int start, int end) =>
            Checkable |= feature is ClaimFeature.Quantity or ClaimFeature.Statistic or ClaimFeature.Date
                or ClaimFeature.Comparison or ClaimFeature.Trend;

        public readonly void NGram(ulong key, int start, int end, int secondStart, int secondEnd)
        {
        }

        public void End(int words) => Words = words;
    }
}
