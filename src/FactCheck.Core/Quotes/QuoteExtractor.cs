using FactCheck.Core.Names;
using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// <summary>
/// Turns paired quotation marks into <see cref="Quote"/>s: attributes each one, classifies statements and terms,
/// links the parts of an interrupted quote and of a quote that runs over several paragraphs into one group, and
/// gives every statement its speaker, keeping the current speaker for a follow-on quote with no cue of its own.
/// </summary>
internal sealed class QuoteExtractor
{
    public static QuoteExtractor Instance { get; } = new();

    public List<Quote> Extract(
        string text,
        IReadOnlyList<TextSpan> paragraphs,
        IReadOnlyList<TextSpan> sentences,
        List<QuoteCandidate> candidates,
        NameIndex names)
    {
        var n = candidates.Count;
        var result = new List<Quote>(n);
        if (n == 0)
            return result;
        var tokens = new List<Token>(64);
        var local = new Attribution?[n];
        var labelled = new bool[n];
        var sentenceOf = new int[n];
        var cursor = 0;
        for (var i = 0; i < n; i++)
        {
            var open = candidates[i].Open;
            while (cursor + 1 < sentences.Count && sentences[cursor].End <= open)
                cursor++;
            sentenceOf[i] = cursor;
            var sentenceStart = sentences.Count > 0 && sentences[cursor].Start <= open ? sentences[cursor].Start : paragraphs[candidates[i].Paragraph].Start;
            // "“WALLACE: Let’s start with …”": a transcript's speaker label opens the quote
            if (TranscriptLabel(text, candidates[i].Inner) is { } label)
            {
                local[i] = label;
                labelled[i] = true;
                continue;
            }
            local[i] = FindLocal(text, paragraphs, candidates, i, sentenceStart, i > 0 ? local[i - 1] : null, tokens);
            // "Ruiz says her “friend” Reed ran “an honest campaign”": a later quote of the sentence with no cue of its own
            // is reported by the speech verb before the quote ahead of it
            if (local[i] is null && i > 0 && sentenceOf[i - 1] == cursor && candidates[i - 1].Paragraph == candidates[i].Paragraph &&
                local[i - 1] is { Form: AttributionForm.Before or AttributionForm.InSentence or AttributionForm.Reply } earlier &&
                earlier.Cue.End <= candidates[i - 1].Open && earlier.Mention.Span.End <= candidates[i - 1].Open &&
                !StartsOwnClause(text, candidates[i - 1].OuterEnd, candidates[i].Open, tokens))
                local[i] = earlier;
        }

        // kinds, in order, so that a quote right after a statement counts as a follow-on
        var kinds = new QuoteKind[n];
        var sentenceIndex = 0;
        for (var i = 0; i < n; i++)
        {
            var c = candidates[i];
            while (sentenceIndex + 1 < sentences.Count && sentences[sentenceIndex].End <= c.Open)
                sentenceIndex++;
            var sentence = sentences.Count > 0 ? sentences[sentenceIndex] : paragraphs[c.Paragraph];
            var followsStatement = i > 0 && kinds[i - 1] == QuoteKind.Statement && candidates[i - 1].Paragraph >= c.Paragraph - 1 &&
                                   (candidates[i - 1].Paragraph == c.Paragraph || c.Open == paragraphs[c.Paragraph].Start);
            var continuation = i > 0 && IsContinuation(candidates, paragraphs, i);
            kinds[i] = continuation
                ? QuoteKind.Statement
                : QuoteClassifier.Classify(text, c, paragraphs[c.Paragraph], sentence, local[i], followsStatement);
        }

        // groups: continuations across paragraphs and quotes interrupted by their attribution
        var group = new int[n];
        var groups = 0;
        var previousStatement = -1;
        for (var i = 0; i < n; i++)
        {
            // a transcript's next speaker label starts a new group even where the quote runs on
            if (kinds[i] == QuoteKind.Statement && previousStatement >= 0 && !labelled[i] &&
                (IsContinuation(candidates, paragraphs, i) && previousStatement == i - 1 || IsInterruption(text, candidates, local, sentenceOf, previousStatement, i)))
            {
                group[i] = group[previousStatement];
            }
            else
            {
                group[i] = groups++;
            }
            if (kinds[i] == QuoteKind.Statement)
                previousStatement = i;
        }

        // one attribution per group: the first part that has one
        var groupAttribution = new Attribution?[groups];
        for (var i = 0; i < n; i++)
        {
            if (kinds[i] == QuoteKind.Statement && groupAttribution[group[i]] is null)
                groupAttribution[group[i]] = local[i];
        }

        var resolver = new SpeakerResolver(text, names, sentences);
        var groupSpeaker = new Speaker?[groups];
        var resolved = new bool[groups];
        Speaker? current = null;
        var currentParagraph = -10;
        for (var i = 0; i < n; i++)
        {
            if (kinds[i] != QuoteKind.Statement)
                continue;
            var g = group[i];
            var c = candidates[i];
            if (!resolved[g])
            {
                resolved[g] = true;
                if (groupAttribution[g] is { } a)
                {
                    groupSpeaker[g] = resolver.Resolve(a, current);
                }
                else if (i > 0 && IsListedAfter(text, candidates[i - 1], c) && ListSpeaker(text, paragraphs, candidates, kinds, group, groupSpeaker, i, tokens, resolver, current) is { } listed)
                {
                    groupSpeaker[g] = listed;
                }
                else if (!StartsSentence(text, c) && SentenceSubject(text, paragraphs, candidates, i, tokens) is { } s)
                {
                    groupSpeaker[g] = resolver.Resolve(s, current);
                }
                else if (sentences.Count > 0 && IntroducedSubject(text, sentences[sentenceOf[i]], c, tokens) is { } introduced)
                {
                    groupSpeaker[g] = resolver.Resolve(introduced, current);
                }
                else if ((StartsSentence(text, c) || c.Open == paragraphs[c.Paragraph].Start) && PreviousSentence(text, paragraphs, candidates, i, tokens) is { } p)
                {
                    groupSpeaker[g] = resolver.Resolve(p, current);
                }
                else if (current is not null && (c.Paragraph == currentParagraph ||
                                                  (c.Paragraph == currentParagraph + 1 && c.Open == paragraphs[c.Paragraph].Start)))
                {
                    groupSpeaker[g] = current with { Cue = null, CueSpan = null };
                }
                else if ((c.Open == paragraphs[c.Paragraph].Start || StartsSentence(text, c)) && PreviousSubject(text, paragraphs, candidates, kinds, i, tokens) is { } subject)
                {
                    groupSpeaker[g] = resolver.Resolve(subject, current);
                }
                if (groupSpeaker[g] is not null)
                    current = groupSpeaker[g];
            }
            currentParagraph = c.Paragraph;
        }

        for (var i = 0; i < n; i++)
        {
            var speaker = kinds[i] == QuoteKind.Statement ? groupSpeaker[group[i]] : null;
            result.Add(new Quote(candidates[i].Inner, kinds[i], speaker, group[i]));
        }
        return result;
    }

    private static Attribution? FindLocal(string text, IReadOnlyList<TextSpan> paragraphs, List<QuoteCandidate> candidates, int i, int sentenceStart,
        Attribution? previousLocal, List<Token> tokens)
    {
        var c = candidates[i];
        var paragraph = paragraphs[c.Paragraph];
        var afterBound = i + 1 < candidates.Count && candidates[i + 1].Paragraph == c.Paragraph ? candidates[i + 1].Open : paragraph.End;
        var beforeBound = i > 0 && candidates[i - 1].Paragraph == c.Paragraph ? Math.Min(candidates[i - 1].OuterEnd, c.Open) : paragraph.Start;
        beforeBound = Math.Max(beforeBound, Math.Min(sentenceStart, c.Open));
        // a quote that ends its sentence ("… Holocaust.” Netanyahu has said …") is not attributed by the next sentence
        var last = text[c.Inner.End - 1];
        var endsSentence = last is '.' or '\u2026';
        if (!c.RunsToParagraphEnd && AttributionFinder.PossessiveOwner(text, beforeBound, c.Open, c.OuterEnd, afterBound, tokens) is { } owner)
            return owner;
        if (!c.RunsToParagraphEnd && AttributionFinder.QuoteFromAfter(text, c.OuterEnd, afterBound, tokens) is { } quotedFrom)
            return quotedFrom;
        var after = c.RunsToParagraphEnd ? null : AttributionFinder.FindAfter(text, c.OuterEnd, afterBound, tokens, deep: !(endsSentence || last is '?' or '!'));
        // "“…,” delegate Tom Reed, wearing “Ruiz for Mayor” pins, said": a short quote inside the apposition
        if (after is null && !c.RunsToParagraphEnd && i + 1 < candidates.Count && candidates[i + 1].Paragraph == c.Paragraph &&
            candidates[i + 1].Inner.Length <= 40 && text.AsSpan(candidates[i + 1].Inner.Start, candidates[i + 1].Inner.Length).IndexOfAny('.', '?', '!') < 0)
        {
            var further = i + 2 < candidates.Count && candidates[i + 2].Paragraph == c.Paragraph ? candidates[i + 2].Open : paragraph.End;
            if (AttributionFinder.FindAfter(text, c.OuterEnd, further, tokens, deep: false) is { Form: AttributionForm.After } around &&
                around.Mention.Span.End <= candidates[i + 1].Open && around.Cue.Start >= candidates[i + 1].OuterEnd)
                after = around;
        }
        if (after is { Form: AttributionForm.After } a && endsSentence && !HasShortTail(text, a, afterBound))
            after = null;
        // "“… for the long run!” She replied to him …": a capitalised pronoun after a question or an exclamation starts a new sentence
        if (after is { Mention.Kind: MentionKind.Pronoun } ap && last is '?' or '!' && char.IsUpper(text[ap.Mention.Span.Start]) && ap.Mention.Span.Start < ap.Cue.Start)
            after = null;
        // an attribution followed by a colon introduces the next quote, not this one; followed by words that are not quoted
        // ("“…,” Rubio said: That Cruz is …") it still closes this one
        if (after is { } af && SkipSpaces(text, Math.Max(af.Cue.End, Math.Max(af.Mention.Span.End, af.Apposition.End)), afterBound) is var colonAt &&
            colonAt < afterBound && text[colonAt] == ':' && CharKinds.IsQuoteMark(NextNonSpace(text, colonAt + 1, paragraph.End)))
            after = null;
        var before = AttributionFinder.FindBefore(text, beforeBound, c.Open, tokens);
        // "Axelrod emailed her, addressing her as “Hillary” and telling her, “…”": a cue after the earlier quote whose subject
        // stands before it
        if (before is null && i > 0 && candidates[i - 1].Paragraph == c.Paragraph && beforeBound > sentenceStart && sentenceStart < candidates[i - 1].Open &&
            !(previousLocal is { Form: AttributionForm.After } pa && pa.Cue.Start >= candidates[i - 1].OuterEnd) &&
            AttributionFinder.FindBefore(text, sentenceStart, c.Open, tokens) is { } wider && wider.Cue.Start >= candidates[i - 1].OuterEnd &&
            wider.Mention.Span.End <= candidates[i - 1].Open && wider.Mention.Kind != MentionKind.Pronoun)
            before = wider;
        var adjacentBefore = before is { Form: AttributionForm.Before or AttributionForm.Reply or AttributionForm.AccordingTo };
        var adjacentAfter = after is { Form: AttributionForm.After or AttributionForm.AccordingTo };
        if (adjacentBefore && before!.Value.Punctuated)
            return before;
        if (adjacentAfter && (last is ',' or '?' or '!' or '\u2014' or '\u2013' || HasShortTail(text, after!.Value, afterBound)))
            return after;
        if (adjacentBefore)
            return before;
        if (adjacentAfter)
            return after;
        return before ?? after;
    }

    /// "“WALLACE: Let’s start with …”": a transcript's speaker label, in capitals and followed by a colon, opens the quote.
    private static Attribution? TranscriptLabel(string text, TextSpan inner)
    {
        var end = Math.Min(inner.End, inner.Start + 40);
        var upper = 0;
        for (var p = inner.Start; p < end; p++)
        {
            var ch = text[p];
            if (ch == ':')
            {
                if (upper < 2 || p + 1 >= inner.End || !CharKinds.IsSpace(text[p + 1]))
                    return null;
                var span = TextSpan.FromBounds(inner.Start, p);
                return new Attribution(new Mention(span, MentionKind.Name, span.Start, false), new TextSpan(p, 1), AttributionForm.Before, default);
            }
            if (char.IsUpper(ch))
                upper++;
            else if (char.IsLower(ch) || !(ch is ' ' or '.' or '-' or '\'' or '\u2019'))
                return null;
        }
        return null;
    }

    /// The words between two quotes of a sentence open a clause of their own: a cue or attitude word, a contrast, or a
    /// comma and a conjunction.
    private static bool StartsOwnClause(string text, int from, int to, List<Token> tokens)
    {
        if (to <= from)
            return false;
        tokens.Clear();
        Tokenizer.Tokenize(text, from, to, tokens);
        // "in a clip that the judge called “distasteful,” Santilli expressed …": a comma after the quote and a new subject
        var comma = (from >= 2 && text[from - 2] == ',') || (tokens.Count > 0 && tokens[0].Kind == TokenKind.Punct && text[tokens[0].Start] == ',');
        var firstWord = tokens.FindIndex(t => t.Kind == TokenKind.Word);
        if (comma && firstWord >= 0 && MentionParser.IsCapitalized(text.AsSpan(tokens[firstWord].Start, tokens[firstWord].Length)))
            return true;
        for (var x = 0; x < tokens.Count; x++)
        {
            var t = tokens[x];
            if (t.Kind == TokenKind.Punct && text[t.Start] is ';' or '.' or '?' or '!')
                return true;
            if (t.Kind != TokenKind.Word)
                continue;
            var w = text.AsSpan(t.Start, t.Length);
            if (SpeechVerbs.IsAttributionWord(w) || w is "but" or "while" or "whereas" or "although" or "though" or "who" or "which")
                return true;
            if (w is "and" or "or" && x > 0 && tokens[x - 1].Kind == TokenKind.Punct && text[tokens[x - 1].Start] == ',')
                return true;
        }
        return false;
    }

    private static int SkipSpaces(string text, int from, int bound)
    {
        while (from < bound && CharKinds.IsSpace(text[from]))
            from++;
        return from;
    }

    private static char NextNonSpace(string text, int from, int bound)
    {
        from = SkipSpaces(text, from, bound);
        return from < bound ? text[from] : '\0';
    }

    /// "Smith said." or "said Smith on Tuesday." — the attribution ends within a few words.
    private static bool HasShortTail(string text, Attribution a, int bound)
    {
        var p = Math.Max(a.Cue.End, Math.Max(a.Mention.Span.End, a.Apposition.End));
        var words = 0;
        var inWord = false;
        for (; p < bound; p++)
        {
            var ch = text[p];
            if (CharKinds.IsQuoteMark(ch))
                return false;
            if (ch is '.' or ',' or ';' or '!' or '?' or ':')
                return true;
            var w = char.IsLetterOrDigit(ch);
            if (w && !inWord && ++words > 4)
                return false;
            inWord = w;
        }
        // the attribution runs into the next quote: "Whitfield tweeted that the door was “still open.”"
        return p >= text.Length || !CharKinds.IsQuoteMark(text[p]);
    }

    private static Attribution? SentenceSubject(string text, IReadOnlyList<TextSpan> paragraphs, List<QuoteCandidate> candidates, int i, List<Token> tokens)
    {
        var c = candidates[i];
        var paragraph = paragraphs[c.Paragraph];
        var from = i > 0 && candidates[i - 1].Paragraph == c.Paragraph ? Math.Min(candidates[i - 1].OuterEnd, c.Open) : paragraph.Start;
        return AttributionFinder.FindSentenceSubject(text, from, c.Open, tokens);
    }

    /// The speaker of a list of quotes: that of its first statement, else the subject of the sentence before the list.
    private static Speaker? ListSpeaker(string text, IReadOnlyList<TextSpan> paragraphs, List<QuoteCandidate> candidates, QuoteKind[] kinds, int[] group,
        Speaker?[] groupSpeaker, int i, List<Token> tokens, SpeakerResolver resolver, Speaker? current)
    {
        var first = i;
        while (first > 0 && IsListedAfter(text, candidates[first - 1], candidates[first]))
            first--;
        for (var j = first; j < i; j++)
        {
            if (kinds[j] == QuoteKind.Statement && groupSpeaker[group[j]] is { } spoken)
                return spoken with { Cue = null, CueSpan = null };
        }
        return !StartsSentence(text, candidates[first]) && SentenceSubject(text, paragraphs, candidates, first, tokens) is { } s ? resolver.Resolve(s, current) : null;
    }

    /// "named “Criminal Minds,” “Breaking Bad” and “Veep”": the quote follows the one before in a list.
    private static bool IsListedAfter(string text, QuoteCandidate previous, QuoteCandidate c)
    {
        if (previous.Paragraph != c.Paragraph || previous.Close < 0 || c.Open <= previous.OuterEnd)
            return false;
        var gap = text.AsSpan(previous.OuterEnd, c.Open - previous.OuterEnd).Trim();
        if (gap.StartsWith(","))
            gap = gap[1..].TrimStart();
        return gap.IsEmpty || gap is "and" or "or" or "," or "and even" or "as well as";
    }

    /// "Bemoaning the “phony system,” Trump accused Holt …": a quote in the participle phrase that opens the sentence is the
    /// words of the subject after it.
    private static Attribution? IntroducedSubject(string text, TextSpan sentence, QuoteCandidate c, List<Token> tokens)
    {
        if (c.Open <= sentence.Start || c.Open >= sentence.End)
            return null;
        var first = sentence.Start;
        var e = first;
        while (e < sentence.End && char.IsLetter(text[e]))
            e++;
        if (e - first < 5 || !char.IsUpper(text[first]) || !text.AsSpan(first, e - first).EndsWith("ing", StringComparison.Ordinal))
            return null;
        var gap = text.AsSpan(first, c.Open - first);
        if (gap.IndexOfAny(',', ';', ':') >= 0)
            return null; // the quote is after the introduction
        var end = sentence.End;
        while (end > c.OuterEnd && (CharKinds.IsSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?'))
            end--;
        return AttributionFinder.FindSentenceSubject(text, sentence.Start, end, tokens) is { } found && found.Mention.Span.Start >= c.OuterEnd &&
               found.Mention.Kind != MentionKind.Pronoun
            ? found
            : null;
    }

    /// "Senator Lena Park tweeted a warning. “…”": a quote that opens its sentence, after a sentence of the same paragraph
    /// that reports someone speaking, is what that person said.
    private static Attribution? PreviousSentence(string text, IReadOnlyList<TextSpan> paragraphs, List<QuoteCandidate> candidates, int i, List<Token> tokens)
    {
        var c = candidates[i];
        var paragraph = paragraphs[c.Paragraph];
        // a quote that opens its paragraph looks at the end of the paragraph before ("Reporter Ana Ruiz says:\n“…”")
        var opensParagraph = c.Open == paragraph.Start && c.Paragraph > 0;
        if (opensParagraph)
            paragraph = paragraphs[c.Paragraph - 1];
        var p = opensParagraph ? paragraph.End - 1 : c.Open - 1;
        while (p >= paragraph.Start && CharKinds.IsSpace(text[p]))
            p--;
        if (p < paragraph.Start || !(text[p] == '.' || (opensParagraph && text[p] == ':')))
            return null;
        var previous = i > 0 && candidates[i - 1].Paragraph == c.Paragraph - (opensParagraph ? 1 : 0) && candidates[i - 1].Open >= paragraph.Start;
        var from = previous ? Math.Min(candidates[i - 1].OuterEnd, p) : paragraph.Start;
        if (p <= from)
            return null;
        // a sentence that holds the previous quote attributes that one ("“…,” Mills said. “…”": the current speaker goes on)
        if (previous && text.AsSpan(from, p - from).IndexOfAny('.', '?', '!') < 0)
            return null;
        if (text[p] == ':')
        {
            // "Wait, it gets better:" has no speaker; "Reporter Ana Ruiz says:" and "released the following statement:" do
            var lead = AttributionFinder.FindBefore(text, from, p + 1, tokens);
            var leadIn = text.AsSpan(from, p - from);
            return lead is { } l && (l.Cue.Length > 1 || leadIn.Contains(" following ", StringComparison.Ordinal) ||
                                     leadIn.Contains(" statement", StringComparison.Ordinal)) ? lead : null;
        }
        var a = AttributionFinder.FindBefore(text, from, p, tokens);
        if (a is not { Form: not AttributionForm.AccordingTo } found || found.Cue.Length <= 1)
            return null;
        var cue = text.AsSpan(found.Cue.Start, found.Cue.Length);
        // "Rosa Delgado agreed.": a weaker verb counts when it closes the sentence
        // ("…, The Hill reported." names where the news came from, not who spoke)
        return SpeechVerbs.IsStrongCue(cue) || (SpeechVerbs.IsCue(cue) && found.Cue.End == text.AsSpan(0, p).TrimEnd().Length && cue.EndsWith("ed") &&
                                                cue is not ("called" or "described" or "quoted" or "cited" or "offered" or "reported"))
            ? found
            : null;
    }

    /// "Valastro praised Christie’s record.\n“We need someone who gets things done.”": a quote that opens its paragraph or its
    /// sentence, with no speaker so far, is what the person named as the subject of the sentence before said.
    private static Attribution? PreviousSubject(string text, IReadOnlyList<TextSpan> paragraphs, List<QuoteCandidate> candidates, QuoteKind[] kinds, int i, List<Token> tokens)
    {
        var c = candidates[i];
        var opensParagraph = c.Open == paragraphs[c.Paragraph].Start;
        if (opensParagraph && (c.Paragraph == 0 || (i > 0 && candidates[i - 1].Paragraph == c.Paragraph - 1 && kinds[i - 1] == QuoteKind.Statement)))
            return null;
        var previous = opensParagraph ? paragraphs[c.Paragraph - 1] : TextSpan.FromBounds(paragraphs[c.Paragraph].Start, c.Open);
        var end = previous.End;
        while (end > previous.Start && CharKinds.IsSpace(text[end - 1]))
            end--;
        if (end <= previous.Start || text[end - 1] != '.')
            return null;
        return AttributionFinder.FindSentenceSubject(text, previous.Start, end - 1, tokens) is { } found &&
               (found.Mention is { Kind: MentionKind.Name, IsOrganization: false } || MentionParser.LooksLikePersonName(text, found.Apposition))
            ? found
            : null;
    }

    /// The quote opens its sentence: only its own cue or the current speaker can attribute it.
    private static bool StartsSentence(string text, QuoteCandidate c)
    {
        var p = c.Open - 1;
        while (p >= 0 && CharKinds.IsSpace(text[p]))
            p--;
        // "Sanders' “diagnoses”": a possessive apostrophe is not the end of an earlier quote
        var possessive = p > 0 && text[p] is '\'' or '\u2019' && text[p - 1] is 's' or 'S';
        return p < 0 || text[p] is '.' or '?' or '!' or '\n' or ':' || (CharKinds.IsQuoteMark(text[p]) && !possessive) || text[p] == '\u2026';
    }

    /// The quote opens its paragraph and the previous quote ran to the end of the paragraph before.
    private static bool IsContinuation(List<QuoteCandidate> candidates, IReadOnlyList<TextSpan> paragraphs, int i)
    {
        var c = candidates[i];
        var p = candidates[i - 1];
        return p.RunsToParagraphEnd && p.Paragraph == c.Paragraph - 1 && c.Open == paragraphs[c.Paragraph].Start;
    }

    /// “We can collaborate,” she said, “but …”: the attribution between two quotes of one sentence.
    private static bool IsInterruption(string text, List<QuoteCandidate> candidates, Attribution?[] local, int[] sentenceOf, int previous, int i)
    {
        var p = candidates[previous];
        var c = candidates[i];
        if (p.Paragraph != c.Paragraph || p.Close < 0 || local[previous] is not { Form: AttributionForm.After } a)
            return false;
        if (a.Cue.Start < p.Close || a.Cue.End > c.Open)
            return false;
        var gap = text.AsSpan(p.Close + 1, c.Open - p.Close - 1).TrimEnd();
        if (gap.IsEmpty || gap[^1] is not (',' or ':' or '\u2014' or '\u2013' or '-'))
            return false;
        // "“…,” Franken said. Silverman responded, “…”", "“…,” Cruz said as the heckler yelled: “…”": another sentence, or
        // another speaker with a cue of their own, starts a new quote
        if (sentenceOf[previous] != sentenceOf[i])
            return false;
        if (local[i] is { } own && own.Mention.Span.Start >= a.Cue.End && own.Mention.Span != a.Mention.Span)
            return false;
        var lastInner = text[p.Inner.End - 1];
        return lastInner is ',' or '\u2014' or '\u2013' or '-' or '\u2026' || char.IsLetterOrDigit(lastInner);
    }
}
