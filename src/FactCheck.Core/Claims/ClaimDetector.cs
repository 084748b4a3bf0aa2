using FactCheck.Core.Text;

namespace FactCheck.Core.Claims;

/// <summary>
/// Scores sentences for check-worthiness and explains the score.
/// An instance is immutable and thread-safe.
/// </summary>
public sealed class ClaimDetector
{
    /// <summary>The detector with the default model.</summary>
    public static ClaimDetector Default { get; } = new();

    /// <summary>
    /// The claims in one sentence of <paramref name="text"/>: usually the sentence itself,
    /// or one per clause when it holds several assertions.
    /// </summary>
    public IReadOnlyList<Claim> Detect(string text, TextSpan sentence)
    {
        var reasons = new List<ClaimReason>();
        var span = text.AsSpan(sentence);
        var digit = span.IndexOfAnyInRange('0', '9');
        if (digit >= 0)
        {
            var end = digit;
            while (end < span.Length && (char.IsDigit(span[end]) || span[end] is ',' or '.'))
                end++;
            reasons.Add(new ClaimReason("quantity", $"mentions a quantity ({span[digit..end].ToString().TrimEnd('.', ',')})", 0.4));
        }
        if (span.EndsWith("?"))
            reasons.Add(new ClaimReason("question", "is a question", -0.3));
        var score = Math.Clamp(0.3 + reasons.Sum(r => r.Weight), 0, 1);
        return [new Claim(sentence, score, reasons)];
    }
}
