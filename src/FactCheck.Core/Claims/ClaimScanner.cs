namespace FactCheck.Core.Claims;

/// Receives what <see cref="ClaimScanner"/> finds in a sentence. Offsets are absolute (into the whole text).
internal interface IClaimFeatureSink
{
    /// A cue of <paramref name="feature"/>; [start, end) is the triggering text.
    void Cue(ClaimFeature feature, int start, int end);

    /// A word (second range empty: secondStart = -1) or a pair of adjacent words, with its hash.
    void NGram(ulong key, int start, int end, int secondStart, int secondEnd);

    /// The scan is over; <paramref name="words"/> counts words and numbers.
    void End(int words);
}

/// One pass over a sentence that finds the cues of the interpretable features and the word n-grams of the
/// learned model. Hand-written over a span: linear time, no regex, no allocation.
internal static class ClaimScanner
{
    public static void Scan<TSink>(ReadOnlySpan<char> text, int offset, ref TSink sink)
        where TSink : struct, IClaimFeatureSink
    {
        var state = new State<TSink>(text, offset, ref sink);
        state.Run();
    }

    private static readonly ulong ThanHash = ClaimHash.Token("than");

    private ref struct State<TSink> where TSink : struct, IClaimFeatureSink
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly int _offset;
        private readonly ref TSink _sink;

        // The last two words, for word pairs and multi-word cues; a punctuation mark or a number breaks the chain.
        private int _chain;
        private ulong _hash1, _hash12;
        private int _start1, _end1, _start2;

        private bool _clauseStart;
        private int _words;
        private int _quantities;
        private bool _past;

        // Names are reported at the end, and not at all in a title-case headline ("Farmers Fight New Rules").
        private int _names, _name1Start, _name1End, _name2Start, _name2End;
        private int _letterWords, _capitalWords;

        // The last opening quotation mark, and whether words came before it: "she asked, “Why?”" is not a question.
        private bool _quoteAfterWords;

        // An open run of capitalised words (a name).
        private int _runStart, _runEnd, _runTokens, _runConnectors;
        private bool _runTentative, _runLastShort;

        // An open number phrase ("$3.5 billion", "10,000 troops", "17 percent").
        private int _numStart, _numEnd;
        private ClaimFeature _numFeature;
        private int _currency;

        public State(ReadOnlySpan<char> text, int offset, ref TSink sink)
        {
            _text = text;
            _offset = offset;
            _sink = ref sink;
            _clauseStart = true;
            _runStart = -1;
            _numStart = -1;
            _currency = -1;
        }

        public void Run()
        {
            var text = _text;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetter(c))
                    i = Word(i);
                else if (char.IsAsciiDigit(c))
                    i = Number(i, i);
                else if (char.IsWhiteSpace(c))
                    i++;
                else
                    i = Punctuation(i, c);
            }
            CloseNumber();
            CloseRun();
            var last = text.Length - 1;
            while (last >= 0 && (char.IsWhiteSpace(text[last]) || text[last] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB'))
                last--;
            var reported = last < text.Length - 1 && text[(last + 1)..].IndexOfAny('"', '\u201D') >= 0 && _quoteAfterWords;
            if (last >= 0 && text[last] == '?' && !reported)
                _sink.Cue(ClaimFeature.Question, _offset + last, _offset + last + 1);
            var titleCase = _letterWords >= 4 && _capitalWords * 5 >= _letterWords * 4;
            if (_names > 0 && !titleCase)
            {
                _sink.Cue(ClaimFeature.NamedEntity, _offset + _name1Start, _offset + _name1End);
                if (_names > 1)
                    _sink.Cue(ClaimFeature.NamedEntity, _offset + _name2Start, _offset + _name2End);
            }
            if (_words >= ClaimFeatures.LongWords)
                _sink.Cue(ClaimFeature.Length, _offset, _offset + text.Length);
            if (_words < ClaimFeatures.ShortWords)
                _sink.Cue(ClaimFeature.Short, _offset, _offset + text.Length);
            _sink.End(_words);
        }

        private int Word(int start)
        {
            // Scan and hash in one pass.
            var text = _text;
            var end = start + 1;
            var running = ClaimHash.Step(ClaimHash.Seed, text[start]);
            while (end < text.Length)
            {
                var c = text[end];
                if (char.IsLetterOrDigit(c))
                {
                    running = ClaimHash.Step(running, c);
                    end++;
                }
                else if (c is '\'' or '\u2019' && end + 1 < text.Length && char.IsLetter(text[end + 1]))
                {
                    running = ClaimHash.Step(ClaimHash.Step(running, c), text[end + 1]);
                    end += 2;
                }
                else
                {
                    break;
                }
            }
            var token = text[start..end];
            var hash = ClaimHash.Finish(running);
            _words++;
            var isCapital = char.IsUpper(token[0]);
            _letterWords++;
            if (isCapital)
                _capitalWords++;
            ClaimLexicon.TryGet(hash, out var word);

            // The longest cue that ends with this word.
            var feature = word.Feature;
            var cueStart = start;
            var phraseEnd = (word.Flags & LexFlags.PhraseEnd) != 0;
            if (phraseEnd && _chain >= 2 && ClaimLexicon.TryGet(ClaimHash.Combine(_hash12, hash), out var three) && three.Feature != ClaimFeature.None)
            {
                feature = three.Feature;
                cueStart = _start2;
            }
            else if (phraseEnd && _chain >= 1 && ClaimLexicon.TryGet(ClaimHash.Combine(_hash1, hash), out var two) && two.Feature != ClaimFeature.None)
            {
                feature = two.Feature;
                cueStart = _start1;
            }
            else if ((word.Flags & LexFlags.Calendar) != 0)
            {
                // "May" is a month, "may" a hedge; "march" is a verb.
                feature = isCapital && !(_clauseStart && feature == ClaimFeature.Hedge) ? ClaimFeature.Date
                    : feature == ClaimFeature.Hedge ? ClaimFeature.Hedge : ClaimFeature.None;
            }
            else if (feature == ClaimFeature.Comparison && _chain >= 1 && hash == ThanHash)
            {
                cueStart = _start1; // "more than", "bigger than"
            }

            // Numbers written out, and scale words, belong to the number phrase.
            var numberish = (word.Flags & (LexFlags.Scale | LexFlags.NumberWord | LexFlags.Percent)) != 0;
            if (_numStart >= 0)
            {
                if (numberish)
                {
                    _numEnd = end;
                    if ((word.Flags & LexFlags.Percent) != 0)
                        _numFeature = ClaimFeature.Statistic;
                    feature = ClaimFeature.None;
                }
                else
                {
                    // The counted noun: "10,000 troops" (a percentage counts no noun: "5% last year").
                    if ((word.Flags & LexFlags.Stop) == 0 && !isCapital && feature == ClaimFeature.None
                        && _numFeature == ClaimFeature.Quantity)
                        _numEnd = end;
                    CloseNumber();
                }
            }
            else if (numberish && (word.Flags & LexFlags.Percent) == 0)
            {
                _numStart = start;
                _numEnd = end;
                _numFeature = ClaimFeature.Quantity;
                feature = ClaimFeature.None;
            }
            if (feature != ClaimFeature.None)
                Cue(feature, cueStart, end);
            if (!_past && ((word.Flags & LexFlags.Past) != 0 || IsRegularPast(token)))
            {
                _past = true; // the first past-tense verb is the trigger
                _sink.Cue(ClaimFeature.PastEvent, _offset + start, _offset + end);
            }
            if (feature != ClaimFeature.Prediction && EndsWithWill(token))
                _sink.Cue(ClaimFeature.Prediction, _offset + start, _offset + end);

            Name(start, end, token, isCapital, word);

            _sink.NGram(hash, _offset + start, _offset + end, -1, -1);
            if (_chain >= 1)
            {
                var pair = ClaimHash.Combine(_hash1, hash);
                _sink.NGram(pair, _offset + _start1, _offset + _end1, _offset + start, _offset + end);
                _hash12 = pair;
            }
            _start2 = _start1;
            _hash1 = hash;
            _start1 = start;
            _end1 = end;
            _chain++;
            _clauseStart = false;
            return end;
        }

        private void Name(int start, int end, ReadOnlySpan<char> token, bool isCapital, LexEntry word)
        {
            var isName = isCapital
                && ((word.Flags & LexFlags.Stop) == 0 || (word.Flags & LexFlags.Title) != 0)
                && (word.Flags & LexFlags.Calendar) == 0;
            if (isName)
            {
                if (_runStart < 0)
                {
                    _runStart = start;
                    _runTokens = 0;
                    _runTentative = true;
                }
                _runEnd = end;
                _runTokens++;
                _runConnectors = 0;
                _runLastShort = token.Length <= 3;
                // A capitalised first word is usually just the start of the sentence: it counts only as part of a
                // longer name or as an acronym.
                if (!_clauseStart || (token.Length >= 2 && IsAllUpper(token)))
                    _runTentative = false;
                if (token.Length > 2 && token[^2] is '\'' or '\u2019' && token[^1] is 's' or 'S')
                {
                    _runEnd = end - 2; // "Mexico’s"
                    CloseRun();
                }
            }
            else if (_runStart >= 0 && !isCapital && (word.Flags & LexFlags.Connector) != 0 && _runConnectors < 2)
            {
                _runConnectors++; // "Bank of America": kept only if a capitalised word follows
            }
            else
            {
                CloseRun();
            }
        }

        private int Number(int start, int phraseStart)
        {
            var text = _text;
            var end = start;
            while (end < text.Length && (char.IsAsciiDigit(text[end])
                || (text[end] is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
                end++;
            var digitsEnd = end;
            while (end < text.Length && char.IsLetter(text[end]))
                end++;
            _words++;
            _chain = 0;
            CloseRun();
            _clauseStart = false;
            if (_currency >= 0 && _currency == start - 1)
                phraseStart = _currency;
            _currency = -1;

            var digits = text[start..digitsEnd];
            var suffix = text[digitsEnd..end];
            if (digits.Count('.') >= 2 && !digits.Contains(','))
            {
                CloseNumber();
                _sink.Cue(ClaimFeature.Date, _offset + start, _offset + end); // "01.10.2024"
                return end;
            }
            if (phraseStart == start && digits.Length == 4 && digits.IndexOfAnyExceptInRange('0', '9') < 0
                && digits[0] is '1' or '2' && (suffix.IsEmpty || suffix is "s")
                && int.Parse(digits, provider: null) is >= 1700 and < 2100)
            {
                CloseNumber();
                _sink.Cue(ClaimFeature.Date, _offset + phraseStart, _offset + end); // "in 1965", "the 1990s"
                return end;
            }
            if (_numStart < 0)
            {
                _numStart = phraseStart;
                _numFeature = ClaimFeature.Quantity;
            }
            _numEnd = end;
            return end;
        }

        private int Punctuation(int i, char c)
        {
            var text = _text;
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            _chain = 0;
            switch (c)
            {
                case '%' when _numStart >= 0:
                    _numEnd = i + 1;
                    _numFeature = ClaimFeature.Statistic;
                    return i + 1;
                case '$' or '\u20AC' or '\u00A3' when char.IsAsciiDigit(next):
                    CloseNumber();
                    CloseRun();
                    _currency = i;
                    return i + 1;
                case '-' or '\u2010' when _numStart >= 0 && char.IsLetter(next):
                    return i + 1; // "17-year low"
                case '-' or '\u2010' when _runStart >= 0 && char.IsUpper(next):
                    return i + 1; // "Coca-Cola"
                case '.' when _runStart >= 0 && _runLastShort && _runConnectors == 0:
                    _runEnd = i + 1; // "U.S.", "Mr. Trump"
                    return i + 1;
                case '\'' or '\u2019' when i + 3 < text.Length && char.IsAsciiDigit(next) && char.IsAsciiDigit(text[i + 2])
                    && text[i + 3] is 's' && (i + 4 == text.Length || !char.IsLetter(text[i + 4])):
                    CloseNumber();
                    CloseRun();
                    _words++;
                    _sink.Cue(ClaimFeature.Date, _offset + i, _offset + i + 4); // "the ’90s"
                    return i + 4;
            }
            CloseNumber();
            CloseRun();
            if (c == '.' && char.IsAsciiDigit(next))
                return Number(i + 1, i); // ".5"
            if (c is ':' or ';' or '(' or '"' or '\u201C' or '\u2018' or '\u2014' or '\u2013' or '[' or '\u00AB')
                _clauseStart = true;
            if (c == '\u201C' || (c == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014')))
                _quoteAfterWords = _words > 0;
            return i + 1;
        }

        private void CloseNumber()
        {
            if (_numStart < 0)
                return;
            Cue(_numFeature, _numStart, _numEnd, number: true);
            _numStart = -1;
        }

        /// Reports a cue; [start, end) is relative to the sentence. A second number or amount ("3%", "millions")
        /// also reports SeveralQuantities.
        private void Cue(ClaimFeature feature, int start, int end, bool number = false)
        {
            _sink.Cue(feature, _offset + start, _offset + end);
            if ((feature == ClaimFeature.Quantity || number) && ++_quantities == 2)
                _sink.Cue(ClaimFeature.SeveralQuantities, _offset + start, _offset + end);
        }

        // "signed", "reported"; not "need", "hundred", nor a capitalised name ("Ted").
        private static bool IsRegularPast(ReadOnlySpan<char> token) =>
            token.Length >= 5 && token[^2] == 'e' && token[^1] == 'd' && token[^3] != 'e' && char.IsLower(token[0])
            && !token.SequenceEqual("hundred") && !token.SequenceEqual("sacred") && !token.SequenceEqual("naked")
            && !token.SequenceEqual("wicked") && !token.SequenceEqual("kindred") && !token.SequenceEqual("infrared");

        private void CloseRun()
        {
            if (_runStart < 0)
                return;
            if (!_runTentative || _runTokens >= 2)
            {
                if (_names == 0)
                    (_name1Start, _name1End) = (_runStart, _runEnd);
                else if (_names == 1)
                    (_name2Start, _name2End) = (_runStart, _runEnd);
                _names++;
            }
            _runStart = -1;
        }

        private static bool EndsWithWill(ReadOnlySpan<char> token) =>
            token.Length > 3 && token[^3] is '\'' or '\u2019' && token[^2] is 'l' or 'L' && token[^1] is 'l' or 'L';

        private static bool IsAllUpper(ReadOnlySpan<char> token)
        {
            foreach (var c in token)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                    return false;
            }
            return true;
        }
    }
}
