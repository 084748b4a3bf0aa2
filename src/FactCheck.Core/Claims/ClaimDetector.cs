using System.Numerics;
using System.Runtime.CompilerServices;
using FactCheck.Core.Text;

namespace FactCheck.Core.Claims;

/// <summary>
/// Scores sentences for check-worthiness and explains the score.
/// An instance is immutable and thread-safe.
/// </summary>
/// <remarks>
/// The score is a logistic regression (<see cref="CheckworthyModel"/>) over interpretable features, such as
/// quantities, comparisons, names, attributions, questions and opinions, and over words and word pairs. Each
/// reason is one interpretable feature, or the words taken together (<see cref="ClaimReasonCodes.Wording"/>),
/// with its contribution in log-odds: the score is the logistic function of the model's bias plus the weights of
/// all reasons, so a weight of +1 multiplies the odds of check-worthiness by e, and -1 divides them by e.
/// </remarks>
public sealed class ClaimDetector
{
    /// <summary>Reasons whose weight (in log-odds) is smaller than this in magnitude are left out.</summary>
    public const double MinReasonWeight = 0.05;

    private const int MaxTriggerLength = 60;
    private const int MaxClauses = 8;
    private const int MaxWordingExamples = 3;

    /// The log-odds a media credit line is given, whatever its words: a score of about 0.02.
    private const double CreditLogit = -4;

    private readonly CheckworthyModel _model;

    /// <summary>Creates a detector over <paramref name="model"/>.</summary>
    public ClaimDetector(CheckworthyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <summary>The detector with the embedded default model.</summary>
    public static ClaimDetector Default { get; } = new(CheckworthyModel.Default);

    /// <summary>The model that scores sentences.</summary>
    public CheckworthyModel Model => _model;

    /// <summary>
    /// The claims in one sentence of <paramref name="text"/>: usually the sentence itself,
    /// or one per clause when it holds several assertions ("Exports rose 5%, and imports fell 3%.").
    /// </summary>
    public IReadOnlyList<Claim> Detect(string text, TextSpan sentence)
    {
        var claims = new List<Claim>(1);
        Detect(text, sentence, claims);
        return claims;
    }

    /// <summary>Adds the claims of one sentence to <paramref name="claims"/>, without a list per sentence.</summary>
    internal void Detect(string text, TextSpan sentence, List<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sentence.End, text.Length, nameof(sentence));
        Span<TextSpan> clauses = stackalloc TextSpan[MaxClauses];
        var count = ClauseSplitter.Split(text, sentence, clauses);
        if (count <= 1)
        {
            claims.Add(Score(text, sentence));
            return;
        }
        for (var i = 0; i < count; i++)
            claims.Add(Score(text, clauses[i]));
    }

    /// <summary>The check-worthiness of <paramref name="span"/> as one claim, without clause splitting.</summary>
    /// <remarks>
    /// The score is computed at once; the reasons, with their descriptions, when first read (a second pass over the
    /// span that gives the same result every time), so that scoring every sentence of an article stays cheap.
    /// </remarks>
    public Claim Score(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, text.Length, nameof(span));
        var sink = new ScoringSink(_model);
        ClaimScanner.Scan(text.AsSpan(span), span.Start, ref sink);
        var logit = _model.Bias + sink.NGramSum;
        for (var features = sink.Features; features != 0; features &= features - 1)
            logit += _model.FeatureWeight((ClaimFeature)BitOperations.TrailingZeroCount(features));
        if (logit > CreditLogit && MediaCredit.Is(text.AsSpan(span)))
            return new Claim(span, Sigmoid(CreditLogit), [new ClaimReason(ClaimReasonCodes.MediaCredit, "a photo or media credit, not a statement of fact", CreditLogit - logit)]);
        return new Claim(span, Sigmoid(logit), new ReasonList(_model, text, span));
    }

    /// The reasons of one claim, strongest first.
    private static ClaimReason[] Explain(CheckworthyModel model, string text, TextSpan span)
    {
        var sink = new ExplainingSink(model);
        ClaimScanner.Scan(text.AsSpan(span), span.Start, ref sink);

        // Features that share a reason code add up; the reason is described by the first one's trigger.
        Span<double> weights = stackalloc double[ClaimFeatures.Count];
        for (var i = 0; i < ClaimFeatures.Count; i++)
        {
            if (sink.Counts[i] > 0)
                weights[(int)ClaimFeatures.ReasonOf((ClaimFeature)i)] += model.FeatureWeight((ClaimFeature)i);
        }
        var reasons = new List<ClaimReason>(6);
        for (var i = 0; i < ClaimFeatures.Count; i++)
        {
            var feature = (ClaimFeature)i;
            var reason = (int)ClaimFeatures.ReasonOf(feature);
            if (sink.Counts[i] > 0 && Math.Abs(weights[reason]) >= MinReasonWeight)
            {
                reasons.Add(new ClaimReason(ClaimFeatures.Code(feature), Describe(text, feature, ref sink), weights[reason]));
                weights[reason] = 0; // reported once, by the first feature with this code
            }
        }
        var wording = sink.NGramSum;
        if (Math.Abs(wording) >= MinReasonWeight)
            reasons.Add(new ClaimReason(ClaimReasonCodes.Wording, DescribeWording(text, sink.Words, wording > 0), wording));
        reasons.Sort(static (a, b) => Math.Abs(b.Weight).CompareTo(Math.Abs(a.Weight)));
        return [.. reasons];
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private static string Describe(string text, ClaimFeature feature, ref ExplainingSink sink)
    {
        var i = (int)feature;
        var trigger = feature switch
        {
            ClaimFeature.Short or ClaimFeature.Length => sink.WordCount == 1 ? "1 word" : $"{sink.WordCount} words",
            ClaimFeature.NamedEntity when sink.SecondNameStart >= 0 =>
                Trigger(text, sink.Starts[i], sink.Ends[i]) + ", " + Trigger(text, sink.SecondNameStart, sink.SecondNameEnd),
            _ => Trigger(text, sink.Starts[i], sink.Ends[i]),
        };
        return ClaimFeatures.Describe(feature, trigger);
    }

    /// Names the (at most three) words or pairs that weighed most in the direction of the total, without repeating
    /// a word ("Thank you" is not followed by "Thank" or "you", nor "thank" by "Thank") and without pure function
    /// words ("the", "of the"), which weigh but explain nothing.
    private static string DescribeWording(string text, List<(float Weight, int Start, int End)> words, bool raising)
    {
        words.Sort(static (a, b) => Math.Abs(b.Weight).CompareTo(Math.Abs(a.Weight)));
        var chosen = new List<(int Start, int End)>(MaxWordingExamples);
        foreach (var (weight, start, end) in words)
        {
            if (chosen.Count == MaxWordingExamples)
                break;
            var candidate = text.AsSpan(start, end - start);
            if (weight > 0 != raising || OnlyFunctionWords(candidate)
                || chosen.Exists(c => SharesAWord(text.AsSpan(c.Start, c.End - c.Start), text.AsSpan(start, end - start))))
                continue;
            chosen.Add((start, end));
        }
        var kind = raising ? "wording typical of check-worthy claims" : "wording typical of remarks that are not check-worthy";
        return chosen.Count == 0 ? kind : $"{kind} ({string.Join(", ", chosen.Select(c => "\u201C" + Trigger(text, c.Start, c.End) + "\u201D"))})";
    }

    private static bool OnlyFunctionWords(ReadOnlySpan<char> words)
    {
        foreach (var range in words.SplitAny(" \t\r\n"))
        {
            var word = words[range];
            ClaimLexicon.TryGet(ClaimHash.Token(word), out var entry);
            if ((entry.Flags & LexFlags.Stop) == 0 && word.Length > 1)
                return false;
        }
        return true;
    }

    private static bool SharesAWord(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        foreach (var x in a.SplitAny(" \t\r\n"))
        {
            foreach (var y in b.SplitAny(" \t\r\n"))
            {
                if (a[x].Equals(b[y], StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }

    private static string Trigger(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start).Trim();
        if (span.Length > MaxTriggerLength)
            return string.Concat(span[..MaxTriggerLength].TrimEnd(), "\u2026");
        return span.IndexOfAny('\n', '\r', '\t') < 0 ? span.ToString() : string.Join(' ', span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// Reasons computed on first access; thread-safe (a race computes the same array twice).
    private sealed class ReasonList(CheckworthyModel model, string text, TextSpan span) : IReadOnlyList<ClaimReason>
    {
        private ClaimReason[]? _reasons;

        public int Count => Reasons.Length;

        public ClaimReason this[int index] => Reasons[index];

        private ClaimReason[] Reasons => Volatile.Read(ref _reasons) ?? Interlocked.CompareExchange(ref _reasons, Explain(model, text, span), null) ?? _reasons!;

        public IEnumerator<ClaimReason> GetEnumerator() => ((IEnumerable<ClaimReason>)Reasons).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => string.Join("; ", Reasons.Select(r => $"{r.Code} {r.Weight:+0.00;-0.00}: {r.Description}"));
    }

    [InlineArray(ClaimFeatures.Count)]
    private struct FeatureInts
    {
        private int _element;
    }

    /// The hot path: which features occur, and the sum of the word weights. Keys are looked up in batches, so that
    /// the table's cache misses overlap instead of queueing behind the scan.
    private struct ScoringSink(CheckworthyModel model) : IClaimFeatureSink
    {
        private readonly CheckworthyModel _model = model;
        private KeyBuffer _keys;
        private int _pending;
        public uint Features;
        public double NGramSum;

        public void Cue(ClaimFeature feature, int start, int end) => Features |= 1u << (int)feature;

        public void NGram(ulong key, int start, int end, int secondStart, int secondEnd)
        {
            _keys[_pending++] = key;
            if (_pending == KeyBuffer.Size)
                Flush();
        }

        public void End(int words) => Flush();

        private void Flush()
        {
            var sum = 0f;
            for (var i = 0; i < _pending; i++)
                sum += _model.NGramWeight(_keys[i]);
            NGramSum += sum;
            _pending = 0;
        }

        [InlineArray(Size)]
        private struct KeyBuffer
        {
            public const int Size = 32;
            private ulong _element;
        }
    }

    /// The explaining pass: triggers, counts and the words that weighed most.
    private struct ExplainingSink(CheckworthyModel model) : IClaimFeatureSink
    {
        private readonly CheckworthyModel _model = model;
        public FeatureInts Counts;
        public FeatureInts Starts;
        public FeatureInts Ends;
        public int SecondNameStart = -1;
        public int SecondNameEnd;
        public double NGramSum;
        public List<(float Weight, int Start, int End)> Words { get; } = [];
        public int WordCount;

        public void Cue(ClaimFeature feature, int start, int end)
        {
            var i = (int)feature;
            if (Counts[i]++ == 0)
            {
                Starts[i] = start;
                Ends[i] = end;
            }
            else if (feature == ClaimFeature.NamedEntity && SecondNameStart < 0)
            {
                SecondNameStart = start;
                SecondNameEnd = end;
            }
        }

        public void NGram(ulong key, int start, int end, int secondStart, int secondEnd)
        {
            var weight = _model.NGramWeight(key);
            if (weight == 0)
                return;
            NGramSum += weight;
            Words.Add((weight, start, secondStart < 0 ? end : secondEnd));
        }

        public void End(int words) => WordCount = words;
    }
}
