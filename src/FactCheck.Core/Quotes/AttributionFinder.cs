using FactCheck.Core.Names;
using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// <summary>
/// Finds the cue and the speaker mention that attribute one quote, in the words right after it
/// (“…,” she said / “…,” said Smith / “…,” Smith, a spokesman, told CNN) or before it in the same sentence
/// (Trump asked, “…” / Sheinbaum’s reply was blunt: “…” / According to Smith, “…” / Cruz says he is “…”).
/// Works on the tokens of a bounded window, so its cost does not grow with the text.
/// </summary>
internal static class AttributionFinder
{
    private const int AfterWindow = 250;
    private const int BeforeWindow = 400;
    private const int MaxAppositionTokens = 40;

    public static Attribution? FindAfter(string text, int from, int to, List<Token> tokens, bool deep = true)
    {
        tokens.Clear();
        Tokenizer.Tokenize(text, from, Math.Min(to, from + AfterWindow), tokens, stopAtSentenceEnd: true);
        if (Signature(text, tokens, to) is { } signed)
            return signed;
        var i = 0;
        while (i < tokens.Count && IsSoftPunct(text, tokens[i]))
            i++;
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word)
            return null;
        var w = MentionParser.Word(text, tokens[i]);
        // "“…,” as a Homeland Security memo put it."
        if (w is "as" && MentionParser.ParseForward(text, tokens, i + 1, out var putter) is var pe and > 0 && pe + 1 < tokens.Count &&
            MentionParser.Word(text, tokens[pe]) is "put" or "puts" && MentionParser.Word(text, tokens[pe + 1]) is "it")
            return new Attribution(putter, TextSpan.FromBounds(tokens[pe].Start, tokens[pe + 1].End), AttributionForm.After, default);
        // "“…,” telling the Gazette that …": the one told is not the speaker
        if (w is "told" or "tell" or "tells" || (w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal) && w is not "according"))
            return null; // nor is the subject of what a participle says ("“…,” saying they missed the point")
        // "“…,” state Senate leader Phil Berger … said": a naming word that is the first word of the speaker's phrase
        if (SpeechVerbs.IsCue(w) && !(!SpeechVerbs.IsStrongCue(w) && !w.EndsWith("ed", StringComparison.Ordinal) && CueFollowsPhrase(text, tokens, i)))
        {
            var cue = new TextSpan(tokens[i].Start, tokens[i].Length);
            var j = i + 1;
            if (w is "according")
            {
                if (j >= tokens.Count || MentionParser.Word(text, tokens[j]) is not "to")
                    return null;
                cue = TextSpan.FromBounds(tokens[i].Start, tokens[j].End);
                j++;
            }
            var e = MentionParser.ParseForward(text, tokens, j, out var m);
            if (e < 0)
                return null;
            // "“…,” said the offer was fair" is not an attribution: a verb follows the phrase
            if (e < tokens.Count && tokens[e].Kind == TokenKind.Word && IsFiniteVerbAfterSubject(MentionParser.Word(text, tokens[e])))
                return null;
            return new Attribution(m, cue, w is "according" ? AttributionForm.AccordingTo : AttributionForm.After, AppositionAfter(text, tokens, e));
        }
        var end = MentionParser.ParseForward(text, tokens, i, out var mention);
        if (end >= 0 && CoordinatedAfter(text, tokens, ref end, tokens.Count, mention) is { } both)
            mention = both;
        if (end >= 0)
        {
            var k = SkipAppositionForward(text, tokens, end, out var appos);
            k = SkipAdverbsForward(text, tokens, k);
            if (k < tokens.Count && tokens[k].Kind == TokenKind.Word)
            {
                var v = MentionParser.Word(text, tokens[k]);
                // "Murphy, the head of the group, Tweeted on Friday": a capitalised cue right after the apposition
                if (!appos.IsEmpty && IsCapitalizedPastCue(v))
                    return new Attribution(mention, new TextSpan(tokens[k].Start, tokens[k].Length), AttributionForm.After, appos);
                if (SpeechVerbs.IsCue(v) && v is not "according")
                    return new Attribution(mention, new TextSpan(tokens[k].Start, tokens[k].Length), AttributionForm.After, appos);
                // "“…,” an angry Ana Ruiz retaliated.": a verb the lists do not hold, closing the sentence right after the speaker
                if (mention.Kind != MentionKind.Pronoun && v.Length > 4 && v.EndsWith("ed", StringComparison.Ordinal) && !MentionParser.IsCapitalized(v) &&
                    k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Punct && text[tokens[k + 1].Start] is '.' or '!')
                    return new Attribution(mention, new TextSpan(tokens[k].Start, tokens[k].Length), AttributionForm.After, appos);
            }
        }
        return deep ? FindLaterInSentence(text, tokens, i) : null;
    }

    /// After the word at <paramref name="i"/>: a name (and another after "and"), an apposition, then a strong cue.
    private static bool CueFollowsPhrase(string text, List<Token> tokens, int i)
    {
        var e = MentionParser.ParseForward(text, tokens, i + 1, out var m);
        if (e < 0 || m.Kind != MentionKind.Name)
            return false;
        _ = CoordinatedAfter(text, tokens, ref e, tokens.Count, m);
        var k = SkipAdverbsForward(text, tokens, SkipAppositionForward(text, tokens, e, out _));
        return k < tokens.Count && tokens[k].Kind == TokenKind.Word && SpeechVerbs.IsStrongCue(MentionParser.Word(text, tokens[k]));
    }

    /// "“…” ― Rosa Delgado": a dash and a name that close the paragraph sign the quote, as under a letter or a testimonial.
    private static Attribution? Signature(string text, List<Token> tokens, int to)
    {
        if (tokens.Count < 2 || tokens[0].Kind != TokenKind.Punct || !CharKinds.IsDash(text[tokens[0].Start]))
            return null;
        var i = 1;
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Punct && CharKinds.IsDash(text[tokens[i].Start]))
            i++; // "--"
        var e = MentionParser.ParseForward(text, tokens, i, out var mention);
        if (e < 0 || mention.Kind != MentionKind.Name)
            return null;
        var end = tokens[e - 1].End;
        var rest = text.AsSpan(end, Math.Max(0, to - end)).Trim();
        return rest.IsEmpty || rest is "."
            ? new Attribution(mention, new TextSpan(tokens[0].Start, tokens[0].Length), AttributionForm.After, default)
            : null;
    }

    /// "“…” that Sanders can catch Clinton, said Steve Elmendorf": a cue further on in the same sentence.
    private static Attribution? FindLaterInSentence(string text, List<Token> tokens, int from)
    {
        var verbs = 0;
        for (var v = from; v < tokens.Count && verbs < 2; v++)
        {
            var t = tokens[v];
            if (t.Kind == TokenKind.QuoteMark || (t.Kind == TokenKind.Punct && text[t.Start] is '.' or '?' or '!' or ';'))
                break;
            if (t.Kind != TokenKind.Word)
                continue;
            var w = MentionParser.Word(text, t);
            if (w is "while" or "whereas")
                break;
            if (w is "according")
            {
                if (v + 1 < tokens.Count && MentionParser.Word(text, tokens[v + 1]) is "to" &&
                    MentionParser.ParseForward(text, tokens, v + 2, out var src) > 0 && src.Kind != MentionKind.Pronoun)
                    return new Attribution(src, TextSpan.FromBounds(t.Start, tokens[v + 1].End), AttributionForm.AccordingTo, default);
                continue;
            }
            // "…, Lena Park Says." closes a headline in title case
            var titleCue = !SpeechVerbs.IsCue(w) && SpeechVerbs.IsCueIgnoringCase(w) && v > from &&
                           (v + 1 >= tokens.Count || tokens[v + 1].Kind == TokenKind.Punct && text[tokens[v + 1].Start] is '.' or '!') &&
                           IsTitleCase(text, tokens, from, v, minimum: 3);
            if (!(SpeechVerbs.IsCue(w) || titleCue) || w.EndsWith("ing", StringComparison.Ordinal) || AfterPossessiveAndNoun(text, tokens, from, v) ||
                IsNounAfterModifier(text, tokens, from, v) || LooksLikeNoun(text, tokens, from, v))
                continue;
            verbs++;
            // "…, forcing her to fend off both, said Tom Baker, a pollster.": after a comma, the name after the verb is its subject
            if (v - 1 > from && IsCommaAt(text, tokens, v - 1) && !IsObjectVerb(w) &&
                MentionParser.ParseForward(text, tokens, v + 1, out var after) is var ae and > 0 && after.Kind == MentionKind.Name &&
                !(ae < tokens.Count && tokens[ae].Kind == TokenKind.Word && IsFiniteVerbAfterSubject(MentionParser.Word(text, tokens[ae]))))
                return new Attribution(after, Cue(t), AttributionForm.InSentence, AppositionAfter(text, tokens, v + 1));
            if (Subject(text, tokens, from, v - 1, out var subject, out var appos) && subject.Span.Start >= tokens[from].Start)
                return new Attribution(subject, Cue(t), AttributionForm.InSentence, appos);
            if (MentionParser.ParseForward(text, tokens, v + 1, out var inverted) is var ie and > 0 && inverted.Kind == MentionKind.Name && !IsObjectVerb(w) &&
                !(ie < tokens.Count && tokens[ie].Kind == TokenKind.Word && IsFiniteVerbAfterSubject(MentionParser.Word(text, tokens[ie]))))
                return new Attribution(inverted, Cue(t), AttributionForm.InSentence, AppositionAfter(text, tokens, v + 1));
        }
        return null;
    }

    /// "Obama's “if you like your plan, you can keep it” promise": the name before the possessive owns the words when a
    /// noun for speech follows the quote at <paramref name="quoteEnd"/>.
    public static Attribution? PossessiveOwner(string text, int from, int open, int quoteEnd, int bound, List<Token> tokens)
    {
        var e = quoteEnd;
        while (e < bound && text[e] == ' ')
            e++;
        var w = e;
        while (w < bound && char.IsLower(text[w]))
            w++;
        if (w == e || e == quoteEnd || !IsReplyNoun(text.AsSpan(e, w - e)) || (w < bound && char.IsLetterOrDigit(text[w])))
            return null;
        tokens.Clear();
        Tokenizer.Tokenize(text, Math.Max(from, open - 80), open, tokens);
        var k = tokens.Count - 1;
        if (k < 1 || tokens[k].Kind != TokenKind.Possessive || MentionParser.ParseBackward(text, tokens, k - 1, out var owner) < 0 || owner.Kind != MentionKind.Name)
            return null;
        return new Attribution(owner, TextSpan.FromBounds(e, w), AttributionForm.Before, default);
    }

    /// "“…” That quote from Commissioner Thomas Krebs appeared …": the sentence after the quote names whose words they were.
    public static Attribution? QuoteFromAfter(string text, int quoteEnd, int bound, List<Token> tokens)
    {
        // checked on the characters first: this runs for every quote
        var at = quoteEnd;
        while (at < bound && text[at] == ' ')
            at++;
        var rest = text.AsSpan(at, bound - at);
        if (!(rest.StartsWith("That ", StringComparison.Ordinal) || rest.StartsWith("This ", StringComparison.Ordinal) || rest.StartsWith("The ", StringComparison.Ordinal)))
            return null;
        tokens.Clear();
        Tokenizer.Tokenize(text, quoteEnd, Math.Min(bound, quoteEnd + 120), tokens);
        if (tokens.Count < 4 || MentionParser.Word(text, tokens[0]) is not ("That" or "This" or "The") ||
            MentionParser.Word(text, tokens[1]) is not ("quote" or "line" or "remark" or "comment" or "statement" or "words" or "quip" or "warning") ||
            MentionParser.Word(text, tokens[2]) is not ("from" or "by"))
            return null;
        return MentionParser.ParseForward(text, tokens, 3, out var source) > 0 && source.Kind == MentionKind.Name
            ? new Attribution(source, TextSpan.FromBounds(tokens[1].Start, tokens[2].End), AttributionForm.After, default)
            : null;
    }

    public static Attribution? FindBefore(string text, int from, int to, List<Token> tokens)
    {
        tokens.Clear();
        Tokenizer.Tokenize(text, Math.Max(from, to - BeforeWindow), to, tokens);
        var ss = SentenceStart(text, tokens);
        var k = tokens.Count - 1;
        var colon = false;
        var punctuated = false;
        while (k >= ss && IsSoftPunct(text, tokens[k]))
        {
            colon |= text[tokens[k].Start] == ':';
            punctuated |= text[tokens[k].Start] is ':' or ',';
            k--;
        }
        if (k < ss)
            return null;
        if (Headline(text, tokens, ss, k) is { } headline)
            return headline;
        if (MentionParser.Word(text, tokens[k]) is "that")
            k--;
        if (k < ss || tokens[k].Kind != TokenKind.Word)
            return FindInSentence(text, tokens, ss, k, colon);

        var w = MentionParser.Word(text, tokens[k]);
        // "…, with Tom Reed reportedly yelling: “…”": the subject of an absolute phrase
        if (SpeechVerbs.IsSpeechParticiple(w) && AbsolutePhraseSubject(text, tokens, ss, k) is { } absolute)
            return new Attribution(absolute, Cue(tokens[k]), AttributionForm.Before, default, punctuated);
        if (SpeechVerbs.IsCue(w) && w is not "according")
        {
            if ((StartsClause(text, tokens, ss, k) || IsParticiple(w) && IsIssuedOrPlaced(text, tokens, ss, k)) && ClauseSubject(text, tokens, ss, k, out var main))
                return new Attribution(main, Cue(tokens[k]), AttributionForm.Before, default, punctuated);
            if (Subject(text, tokens, ss, k - 1, out var subject, out var appos))
                return WithAntecedent(text, tokens, ss, k, new Attribution(subject, Cue(tokens[k]), AttributionForm.Before, appos, punctuated));
        }
        var b = MentionParser.ParseBackward(text, tokens, k, out var np);
        if (b >= ss)
        {
            if (b - 2 >= ss && MentionParser.Word(text, tokens[b - 1]) is "to" &&
                MentionParser.Word(text, tokens[b - 2]) is "according" or "According")
                return new Attribution(np, TextSpan.FromBounds(tokens[b - 2].Start, tokens[b - 1].End), AttributionForm.AccordingTo, default, punctuated);
            if (b - 1 >= ss && tokens[b - 1].Kind == TokenKind.Word &&
                (b - 1 == ss ? SpeechVerbs.IsCueIgnoringCase(MentionParser.Word(text, tokens[b - 1])) : SpeechVerbs.IsCue(MentionParser.Word(text, tokens[b - 1]))))
            {
                // "Jo Lee issued a statement saying the plan “…”": a participle's subject is the sentence's
                if (IsParticiple(MentionParser.Word(text, tokens[b - 1])) && IsIssuedOrPlaced(text, tokens, ss, b - 1))
                    return MainSubject(text, tokens, ss, b - 1, out var main) ? new Attribution(main, Cue(tokens[b - 1]), AttributionForm.Before, default, punctuated) : FindInSentence(text, tokens, ss, k, colon);
                // "Smith told CNN: “…”" names the speaker before the verb; "said Smith: “…”" after it
                if (Subject(text, tokens, ss, b - 2, out var subject, out var appos))
                    return new Attribution(subject, Cue(tokens[b - 1]), AttributionForm.Before, appos, punctuated);
                if (punctuated && !IsObjectVerb(MentionParser.Word(text, tokens[b - 1])) && (np.Kind != MentionKind.Pronoun || b - 1 > ss))
                    return new Attribution(np, Cue(tokens[b - 1]), AttributionForm.Before, default, punctuated);
            }
        }
        return FindInSentence(text, tokens, ss, k, colon);
    }

    private static Attribution? FindInSentence(string text, List<Token> tokens, int ss, int k, bool colon)
    {
        // a bare lead-in: "Trump: ‘I will win’", "Pollsters agree - Pew Research: “…”" (the name after the dash, whatever the words before)
        if (colon && k >= ss && MentionParser.ParseBackward(text, tokens, k, out var lead) is var leadStart and >= 0 && lead.Kind == MentionKind.Name &&
            (leadStart == ss || (tokens[leadStart - 1].Kind == TokenKind.Punct && text[tokens[leadStart - 1].Start] is '-' or '\u2014' or '\u2013')))
            return new Attribution(lead, default, AttributionForm.Before, default);
        if (FindReply(text, tokens, ss, k, colon) is { } reply)
            return reply;
        // the nearest speech verb earlier in the sentence, with its subject
        var tried = 0;
        for (var v = k; v >= ss && tried < 3; v--)
        {
            if (tokens[v].Kind != TokenKind.Word)
                continue;
            var w = MentionParser.Word(text, tokens[v]);
            // "Reed said the plan was weak, while Ruiz proposed we “…”": a cue before the contrast belongs to another clause
            if (w is "while" or "whereas" && v - 1 >= ss && tokens[v - 1].Kind == TokenKind.Punct && text[tokens[v - 1].Start] == ',')
                break;
            if (w is "according" or "According")
            {
                // "according to its analysis": the speaker's own analysis, not a source
                if (v + 1 < tokens.Count && MentionParser.Word(text, tokens[v + 1]) is "to" &&
                    MentionParser.ParseForward(text, tokens, v + 2, out var src) > 0 && !IsPossessivePronoun(MentionParser.Word(text, tokens[v + 2])))
                    return new Attribution(src, TextSpan.FromBounds(tokens[v].Start, tokens[v + 1].End), AttributionForm.AccordingTo, default);
                continue;
            }
            // "As the Gazette’s Rosa Delgado puts it, “…”"
            if (w is "put" or "puts" && v + 1 <= k && MentionParser.Word(text, tokens[v + 1]) is "it" && Subject(text, tokens, ss, v - 1, out var putter, out _))
                return new Attribution(putter, TextSpan.FromBounds(tokens[v].Start, tokens[v + 1].End), AttributionForm.InSentence, default);
            if (!(SpeechVerbs.IsCue(w) || (v == ss && SpeechVerbs.IsCueIgnoringCase(w))) || LooksLikeNoun(text, tokens, ss, v) || IsContinueTo(text, tokens, v, w))
                continue;
            tried++;
            if ((StartsClause(text, tokens, ss, v) || IsParticiple(w) && IsIssuedOrPlaced(text, tokens, ss, v)) && ClauseSubject(text, tokens, ss, v, out var main))
                return new Attribution(main, Cue(tokens[v]), AttributionForm.InSentence, default);
            if (Subject(text, tokens, ss, v - 1, out var subject, out var appos))
            {
                // "Another worshiper who prayed at the center said": the object of a preposition in a relative clause is not the subject
                var sb = MentionParser.IndexAt(tokens, subject.Span.Start, ss);
                if (sb - 1 > ss && tokens[sb - 1].Kind == TokenKind.Word && MentionParser.Word(text, tokens[sb - 1]) is "at" or "in" or "on" or "from" or "with" or "for" or "of" or "to" or "by" &&
                    RelativeSubject(text, tokens, ss, v) is { } relative)
                    return new Attribution(relative, Cue(tokens[v]), AttributionForm.InSentence, default);
                // "Reed’s fundraising email to his supporters notes that": the phrase before "to his supporters" is the subject
                if (sb - 2 >= ss && tokens[sb - 1].Kind == TokenKind.Word && MentionParser.Word(text, tokens[sb - 1]) is "to" or "for" &&
                    IsPossessivePronoun(MentionParser.Word(text, tokens[sb])) && tokens[sb - 2].Kind == TokenKind.Word &&
                    MentionParser.ParseBackward(text, tokens, sb - 2, out var head) >= ss && head.Kind != MentionKind.Pronoun)
                    subject = head;
                var found = WithAntecedent(text, tokens, ss, v, new Attribution(subject, Cue(tokens[v]), AttributionForm.InSentence, appos));
                // "The longtime senator said he rarely asks …, “…”": the pronoun is the subject of the speech verb before it
                return found.Mention.Kind == MentionKind.Pronoun && OuterSpeaker(text, tokens, ss, found.Mention) is { } outer ? outer : found;
            }
            if (RelativeAntecedent(text, tokens, ss, v) is { } antecedent)
                return new Attribution(antecedent, Cue(tokens[v]), AttributionForm.InSentence, default);
            if (RelativeSubject(text, tokens, ss, v) is { } described)
                return new Attribution(described, Cue(tokens[v]), AttributionForm.InSentence, default);
            // "said Smith, “…”", but not "said Clinton was “…”": a verb after the name makes it the subject of what was said
            if (MentionParser.ParseForward(text, tokens, v + 1, out var inverted) is var ie and > 0 && inverted.Kind == MentionKind.Name && !IsObjectVerb(w) &&
                !(ie < tokens.Count && tokens[ie].Kind == TokenKind.Word && IsFiniteVerbAfterSubject(MentionParser.Word(text, tokens[ie]))))
                return new Attribution(inverted, Cue(tokens[v]), AttributionForm.InSentence, default);
        }
        // "More from Jones: “…”", "From the report: “…”", "… doesn’t surprise Republican pollster Daron Shaw: “…”": the source or
        // the person named right before the colon
        if (colon && k > ss && MentionParser.ParseBackward(text, tokens, k, out var named) is var namedStart and > 0 && namedStart > ss && named.Kind != MentionKind.Pronoun)
        {
            var both = CoordinatedBefore(text, tokens, ss, namedStart, named);
            var from = both is { } ? MentionParser.IndexAt(tokens, both.Value.Span.Start, 0) : namedStart;
            if (from > ss && (MentionParser.Word(text, tokens[from - 1]) is "from" or "From" || both is { } && tokens[from - 1].Kind == TokenKind.Punct) ||
                named is { Kind: MentionKind.Name, IsOrganization: false } && (!named.RoleSpan.IsEmpty ||
                    Names.FirstNames.IsFirstName(GivenName(text, tokens, named))))
                return new Attribution(both ?? named, default, AttributionForm.Before, default);
        }
        // a colon lead-in without a speech verb: "Jeb Bush broke down what was wrong …: “…”", "CNN President On Trump: ‘…’"
        var colonAt = -1;
        for (var x = tokens.Count - 1; x >= ss; x--)
        {
            if (tokens[x].Kind == TokenKind.Punct && text[tokens[x].Start] == ':')
            {
                colonAt = x;
                break;
            }
        }
        if (colonAt > ss && MainSubject(text, tokens, ss, colonAt, out var leadSubject) &&
            (leadSubject is { Kind: MentionKind.Name, IsOrganization: false } ||
             leadSubject.Kind == MentionKind.Description && char.IsUpper(text[leadSubject.Span.Start]) && text.AsSpan(leadSubject.Span.Start, leadSubject.Span.Length).ContainsAny('\'', '\u2019')))
            return new Attribution(leadSubject, new TextSpan(tokens[colonAt].Start, 1), AttributionForm.InSentence, default);
        return null;
    }

    private static bool IsTitleCase(string text, List<Token> tokens, int from, int to, int minimum)
    {
        var capitalized = 0;
        for (var x = from; x < to; x++)
        {
            if (tokens[x].Kind != TokenKind.Word)
                continue;
            var w = MentionParser.Word(text, tokens[x]);
            if (MentionParser.IsCapitalized(w))
                capitalized++;
            else if (w is not ("a" or "an" or "the" or "of" or "to" or "for" or "and" or "or" or "in" or "on" or "at" or "as" or "by" or "with" or "from" or "vs." or "about"))
                return false;
        }
        return capitalized >= minimum;
    }

    /// "Lena Park Explained Why She Felt “Invisible”", "Clinton Calls Remarks ‘Troubling’": a headline in title case
    /// starts with its speaker's name and a verb. The name is a given name and a surname, or one word.
    private static Attribution? Headline(string text, List<Token> tokens, int ss, int k)
    {
        if (!IsTitleCase(text, tokens, ss, k + 1, minimum: 2) || tokens[ss].Kind != TokenKind.Word ||
            !text.AsSpan(tokens[ss].Start, tokens[k].End - tokens[ss].Start).ContainsAnyInRange('a', 'z'))
            return null; // a header in capitals is not a headline with a speaker and a verb
        // the verb: a speech verb within the first four words, else the first word that looks like a verb
        var min = Names.FirstNames.IsFirstName(MentionParser.Word(text, tokens[ss])) ? ss + 2 : ss + 1;
        var end = -1;
        for (var x = min; x <= Math.Min(k, ss + 3) && end < 0; x++)
        {
            if (tokens[x].Kind == TokenKind.Word && SpeechVerbs.IsCueIgnoringCase(MentionParser.Word(text, tokens[x])))
                end = x;
        }
        for (var x = min; x <= Math.Min(k, ss + 3) && end < 0; x++)
        {
            if (tokens[x].Kind != TokenKind.Word)
                break;
            var v = MentionParser.Word(text, tokens[x]);
            // "Black Lawmakers Rip …": a plural noun for people is the subject's head, and the verb follows it
            if (v.EndsWith("s", StringComparison.Ordinal) && MentionParser.IsRoleWord(v) && x + 1 <= Math.Min(k, ss + 3) && tokens[x + 1].Kind == TokenKind.Word)
            {
                end = x + 1;
                break;
            }
            if ((v.EndsWith("s", StringComparison.Ordinal) && !v.EndsWith("ss", StringComparison.Ordinal) && v is not ("News" or "Times" or "States" or "Post's")) ||
                v.EndsWith("ed", StringComparison.Ordinal) || v is "Got" or "Gave" or "Took" or "Made" or "Spoke" or "Sent" or "Felt" or "Won" or "Lost")
                end = x;
        }
        if (end < 0 || (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Punct && text[tokens[end + 1].Start] == ':'))
            return null; // "Cecile Richards: ‘…’" is a bare lead-in
        var first = MentionParser.Word(text, tokens[ss]);
        if (NameLexicon.IsNonName(first) && !NameLexicon.IsTitle(first) || MentionParser.IsDeterminer(first) || MentionParser.IsPronoun(first))
            return null;
        var mention = new Mention(TextSpan.FromBounds(tokens[ss].Start, tokens[end - 1].End), MentionKind.Name, tokens[ss].Start, false);
        return new Attribution(mention, Cue(tokens[end]), AttributionForm.InSentence, default);
    }

    /// "Sheinbaum’s reply was blunt:" — a possessive and a noun for what someone said.
    private static Attribution? FindReply(string text, List<Token> tokens, int ss, int k, bool colon)
    {
        for (var x = k; x > ss + 1 && k - x < 8; x--)
        {
            if (tokens[x].Kind != TokenKind.Word || !IsReplyNoun(MentionParser.Word(text, tokens[x])))
                continue;
            // without a colon the words must lead to the quote: "Park’s claim that the mayor “…”", "Ruiz’s slogan is “…”"
            if (!colon && !LinksToQuote(text, tokens, x, k))
                continue;
            var y = x - 1;
            while (y > ss && tokens[y].Kind == TokenKind.Word && !MentionParser.IsCapitalized(MentionParser.Word(text, tokens[y])) && x - y < 3)
                y--; // "Trump’s terse reply"
            if (tokens[y].Kind != TokenKind.Possessive)
            {
                if (MentionParser.Word(text, tokens[y]) is "his" or "her" or "His" or "Her" or "their" or "Their")
                    return new Attribution(new Mention(new TextSpan(tokens[y].Start, tokens[y].Length), MentionKind.Pronoun, tokens[y].Start, false), Cue(tokens[x]), AttributionForm.Reply, default);
                continue;
            }
            if (MentionParser.ParseBackward(text, tokens, y - 1, out var owner) >= ss)
                return new Attribution(owner, Cue(tokens[x]), AttributionForm.Reply, default);
        }
        return null;
    }

    private static bool LinksToQuote(string text, List<Token> tokens, int x, int k)
    {
        if (x == k)
            return false;
        var next = MentionParser.Word(text, tokens[x + 1]);
        return next is "that" || (next is "is" or "was" or "has been" && x + 1 == k) || (next is "was" or "is" && x + 2 <= k && MentionParser.Word(text, tokens[x + 2]) is "that");
    }

    /// "…, writing “…”" or "… and has boasted of …": a participle after a comma, or a verb coordinated with
    /// "and", takes the subject of the sentence's main clause.
    private static bool StartsClause(string text, List<Token> tokens, int ss, int v)
    {
        var w = MentionParser.Word(text, tokens[v]);
        var k = SkipAdverbsBackward(text, tokens, ss, v - 1);
        if (k < ss)
            return false;
        var before = tokens[k];
        if (w.EndsWith("ing", StringComparison.Ordinal))
            return before.Kind == TokenKind.Punct && text[before.Start] is ',' || MentionParser.Word(text, before) is "and" or "while" or "before" or "after" or "by" or "when";
        return MentionParser.Word(text, before) is "and" or "but" or "to";
    }

    /// "her opening remarks", "the statement": a cue word used as a noun after a determiner.
    private static bool LooksLikeNoun(string text, List<Token> tokens, int ss, int v)
    {
        if (v - 1 < ss || tokens[v - 1].Kind != TokenKind.Word)
            return false;
        var prev = MentionParser.Word(text, tokens[v - 1]);
        if (IsQuantifierSubject(text, tokens, ss, v - 1))
            return false; // "Several said"
        // "his supporters notes that": a third-person cue followed by "that", after a plural noun, is the verb of a report
        // ("her opening remarks that" stays a noun)
        if (v + 1 < tokens.Count && tokens[v + 1].Kind == TokenKind.Word && MentionParser.Word(text, tokens[v + 1]) is "that" &&
            prev.Length > 3 && prev.EndsWith("s", StringComparison.Ordinal) && !prev.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(prev[0]))
            return false;
        if (MentionParser.IsDeterminer(prev) && !MentionParser.IsPronoun(prev))
            return true;
        if (IsNounAfterModifier(text, tokens, ss, v))
            return true;
        // "in many Asian states": a capitalised adjective after a determiner
        if (v - 2 >= ss && char.IsUpper(prev[0]) && tokens[v - 2].Kind == TokenKind.Word && IsQuantifier(MentionParser.Word(text, tokens[v - 2])))
            return true;
        if (v - 2 < ss || tokens[v - 2].Kind != TokenKind.Word || char.IsUpper(prev[0]) || prev.EndsWith("ly", StringComparison.Ordinal) || IsAdverbOrAuxiliary(prev))
            return false;
        var prev2 = MentionParser.Word(text, tokens[v - 2]);
        // "her home state" is a noun, "his wife whispered" a verb
        if (IsPossessivePronoun(prev2))
            return !MentionParser.Word(text, tokens[v]).EndsWith("ed", StringComparison.Ordinal);
        // "the home state" is a noun; "one questioner claimed", "the mayor said" a subject and its verb
        var cue = MentionParser.Word(text, tokens[v]);
        return MentionParser.IsDeterminer(prev2) && !MentionParser.IsPronoun(prev2) && prev2 is not ("that" or "this") &&
               !cue.EndsWith("ed", StringComparison.Ordinal) && cue is not ("said" or "says" or "told" or "tells" or "wrote" or "writes" or "asks" or "adds");
    }

    /// "of Republican claims", "Kim's mental state": a naming word after a preposition or a possessive and one more word.
    private static bool IsNounAfterModifier(string text, List<Token> tokens, int ss, int v) =>
        v - 2 >= ss && tokens[v - 1].Kind == TokenKind.Word && MentionParser.Word(text, tokens[v]) is var w && SpeechVerbs.IsCue(w) && !SpeechVerbs.IsStrongCue(w) &&
        !w.EndsWith("ed", StringComparison.Ordinal) &&
        (tokens[v - 2].Kind == TokenKind.Possessive && !w.EndsWith('s') ||
         tokens[v - 2].Kind == TokenKind.Word && MentionParser.Word(text, tokens[v - 2]) is "of" or "about" or "on" or "for" or "against" or "with" or "from" or "by" &&
         w.EndsWith('s') && IsAdjectiveLike(MentionParser.Word(text, tokens[v - 1])));

    /// "mental", "Republican", "Democratic": a lower-case word, or a capitalised one with an adjective's ending.
    private static bool IsAdjectiveLike(ReadOnlySpan<char> w) =>
        !MentionParser.IsCapitalized(w) || w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) ||
        w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal);

    /// "in her home state": a cue word after a possessive pronoun and a noun is a noun.
    private static bool AfterPossessiveAndNoun(string text, List<Token> tokens, int from, int v) =>
        v - 2 >= from && tokens[v - 1].Kind == TokenKind.Word && tokens[v - 2].Kind == TokenKind.Word &&
        ((!MentionParser.IsCapitalized(MentionParser.Word(text, tokens[v - 1])) && IsPossessivePronoun(MentionParser.Word(text, tokens[v - 2])) &&
          !MentionParser.Word(text, tokens[v]).EndsWith("ed", StringComparison.Ordinal)) ||
         (MentionParser.IsCapitalized(MentionParser.Word(text, tokens[v - 1])) && IsQuantifier(MentionParser.Word(text, tokens[v - 2]))));

    private static bool IsQuantifier(ReadOnlySpan<char> w) =>
        w is "many" or "several" or "some" or "all" or "other" or "both" or "most" or "these" or "those";

    private static bool IsPossessivePronoun(ReadOnlySpan<char> w) =>
        w is "his" or "her" or "its" or "their" or "our" or "my" or "your" or "His" or "Her" or "Its" or "Their" or "Our";

    private static bool IsQuantifierSubject(string text, List<Token> tokens, int ss, int k) =>
        tokens[k].Kind == TokenKind.Word && MentionParser.Word(text, tokens[k]) is "Some" or "Several" or "Another" or "Many" or "Most" or "Others" or "Both" or "Few" or "Half" &&
        (k == ss || tokens[k - 1].Kind == TokenKind.Punct) || IsPercentSubject(text, tokens, ss, k);

    /// "63 percent said", "About four in 10 said": a share of those polled.
    private static bool IsPercentSubject(string text, List<Token> tokens, int ss, int k) =>
        k - 1 >= ss && (MentionParser.Word(text, tokens[k]) is "percent" && tokens[k - 1].Kind == TokenKind.Number ||
                        k - 2 >= ss && tokens[k].Kind == TokenKind.Number && MentionParser.Word(text, tokens[k - 1]) is "in" or "of" &&
                        (tokens[k - 2].Kind == TokenKind.Number || IsDigitWord(MentionParser.Word(text, tokens[k - 2]))));

    private static readonly string[] DigitWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// "one" to "nine", "Four" at the start of a sentence.
    private static bool IsDigitWord(ReadOnlySpan<char> w)
    {
        foreach (var d in DigitWords)
        {
            if (w.Equals(d, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// The subject a participle or a coordinated verb at <paramref name="v"/> takes: that of an earlier speech verb in the
    /// sentence ("The two will meet, Reed said, adding, “…”"), else the sentence's.
    private static bool ClauseSubject(string text, List<Token> tokens, int ss, int v, out Mention subject)
    {
        for (var u = v - 1; u > ss; u--)
        {
            if (tokens[u].Kind != TokenKind.Word)
                continue;
            var w = MentionParser.Word(text, tokens[u]);
            // "to discuss her recent remarks": a cue that reads as a noun is not the earlier verb
            if (SpeechVerbs.IsStrongCue(w) && !w.EndsWith("ing", StringComparison.Ordinal) && u - 1 >= ss && tokens[u - 1].Kind == TokenKind.Word &&
                !LooksLikeNoun(text, tokens, ss, u) && Subject(text, tokens, ss, u - 1, out subject, out _) && subject.Kind != MentionKind.Pronoun)
                return true;
            // "with Donald Trump tweeting that … and asking": the subject of an absolute phrase
            if (SpeechVerbs.IsStrongCue(w) && w.EndsWith("ing", StringComparison.Ordinal) && SkipAdverbsBackward(text, tokens, ss, u - 1) is var sb and > 0 && sb > ss &&
                tokens[sb].Kind == TokenKind.Word && MentionParser.ParseBackward(text, tokens, sb, out subject) is var wb and > 0 && wb - 1 >= ss &&
                MentionParser.Word(text, tokens[wb - 1]) is "with" && subject.Kind == MentionKind.Name)
                return true;
        }
        return MainSubject(text, tokens, ss, v, out subject);
    }

    /// The named subject of "with NAME [adverbs] PARTICIPLE" ending at <paramref name="v"/>, or null.
    private static Mention? AbsolutePhraseSubject(string text, List<Token> tokens, int ss, int v)
    {
        var end = SkipAdverbsBackward(text, tokens, ss, v - 1);
        if (end <= ss || tokens[end].Kind != TokenKind.Word)
            return null;
        var start = MentionParser.ParseBackward(text, tokens, end, out var subject);
        return start - 1 >= ss && subject.Kind == MentionKind.Name && MentionParser.Word(text, tokens[start - 1]) is "with" ? subject : null;
    }

    /// The subject of the sentence: its first noun phrase, after any opening conjunction or introductory phrase.
    private static bool MainSubject(string text, List<Token> tokens, int ss, int limit, out Mention subject, bool truncateAtLimit = false)
    {
        subject = default;
        var i = ss;
        while (i < limit && (tokens[i].Kind != TokenKind.Word ||
                             MentionParser.Word(text, tokens[i]) is "But" or "And" or "So" or "Yet" or "Still" or "Now" or "Meanwhile" or "Instead" or "Then" or "Also" or "However" or "Indeed" or "Later" or "Earlier"))
            i++;
        if (i >= limit)
            return false;
        // "TULSA, July 25 (AP) — The council …": a dateline is not the subject
        if (IsAllCaps(MentionParser.Word(text, tokens[i])))
        {
            for (var d = i + 1; d < limit && d - i < 16; d++)
            {
                if (tokens[d].Kind == TokenKind.Punct && text[tokens[d].Start] is '\u2014' or '\u2013' or '-')
                {
                    while (d + 1 < limit && tokens[d + 1].Kind == TokenKind.Punct && text[tokens[d + 1].Start] == '-')
                        d++;
                    i = d + 1;
                    break;
                }
                if (tokens[d].Kind == TokenKind.Word && !MentionParser.IsCapitalized(MentionParser.Word(text, tokens[d])))
                    break;
            }
            if (i >= limit)
                return false;
        }
        var first = MentionParser.Word(text, tokens[i]);
        // "Hastily blaming the storm, Ruiz …": an adverb before an opening participle is not a name
        if (i + 1 < limit && IsCapitalizedAdverb(first) && !Names.FirstNames.IsFirstName(first) &&
            tokens[i + 1].Kind == TokenKind.Word && MentionParser.Word(text, tokens[i + 1]) is var after && char.IsLower(after[0]) &&
            (after.EndsWith("ing", StringComparison.Ordinal) || after.EndsWith("ed", StringComparison.Ordinal)))
        {
            i++;
            first = MentionParser.Word(text, tokens[i]);
        }
        // "Hours later, …", "Two days earlier, …"
        for (var t = i + 1; t < limit && t - i < 4; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || MentionParser.Word(text, tokens[t]) is not ("later" or "earlier" or "ago" or "before"))
                continue;
            if (t + 1 < limit && tokens[t + 1].Kind == TokenKind.Punct && text[tokens[t + 1].Start] == ',')
            {
                i = t + 2;
                if (i >= limit)
                    return false;
                first = MentionParser.Word(text, tokens[i]);
            }
            break;
        }
        // "First, Mayor Ana Ruiz …", "Yesterday, …"
        if (i + 1 < limit && tokens[i + 1].Kind == TokenKind.Punct && text[tokens[i + 1].Start] == ',' && IsIntroductoryWord(first))
        {
            i += 2;
            if (i >= limit)
                return false;
            first = MentionParser.Word(text, tokens[i]);
        }
        // "Even before Sanders took the stage, his campaign …"
        if (first is "Even" && i + 1 < limit && MentionParser.Word(text, tokens[i + 1]) is "before" or "after" or "as" or "when" or "though" or "if" or "while" or "so")
            first = "Before";
        if (StartsIntroduction(first))
        {
            var intro = i;
            while (i < limit && !(tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] == ','))
                i++;
            i++;
            // "In June 2009, after Clinton suffered a concussion, Axelrod …": a second introductory clause
            if (i < limit && tokens[i].Kind == TokenKind.Word && MentionParser.Word(text, tokens[i]) is "after" or "when" or "before" or "while" or "since" or "as" or "although" or "though" or "because" or "once")
            {
                var second = i + 1;
                while (second < limit && second - i < 16 && !(tokens[second].Kind == TokenKind.Punct && text[tokens[second].Start] == ','))
                    second++;
                if (second + 1 < limit && tokens[second].Kind == TokenKind.Punct)
                    i = second + 1;
            }
            // "When Ana Ruiz later said she would “…”": the clause runs on to the quote, so its own subject speaks
            if (i >= limit && first is "When" or "when" or "After" or "after" or "As" or "as" or "Before" or "before" or "Once" or "once" or "If" or "if" or "Although" or "Though" or "Because" or "Since")
                i = intro + 1;
        }
        // "Speaking in Salem, New Hampshire, Ana Ruiz …": the state after a place's comma still belongs to the introduction
        if (i > ss + 2 && i < limit && IsPlaceContinuation(text, tokens, ss, i, limit, out var next))
            i = next;
        // "On “Face the Nation,” Sen. Bernie Sanders …": the introduction's comma inside a closing quote
        while (i < limit && tokens[i].Kind == TokenKind.QuoteMark)
            i++;
        // "Acknowledging that Trump “says a lot,” though, Allen …"
        if (i + 1 < limit && MentionParser.Word(text, tokens[i]) is "though" or "however" && tokens[i + 1].Kind == TokenKind.Punct && text[tokens[i + 1].Start] == ',')
            i += 2;
        // "Following a swiftly called, late-afternoon meeting, the Security Council …": a lower-case phrase up to the next
        // comma still belongs to the introduction
        if (i > ss + 1 && i < limit && tokens[i].Kind == TokenKind.Word && tokens[i - 1].Kind == TokenKind.Punct && text[tokens[i - 1].Start] == ',' &&
            !MentionParser.IsCapitalized(MentionParser.Word(text, tokens[i])) && !MentionParser.IsDeterminer(MentionParser.Word(text, tokens[i])) &&
            !MentionParser.IsPronoun(MentionParser.Word(text, tokens[i])))
        {
            var comma = i + 1;
            while (comma < limit && comma - i < 4 && tokens[comma].Kind == TokenKind.Word)
                comma++;
            if (comma + 1 < limit && comma - i < 4 && tokens[comma].Kind == TokenKind.Punct && text[tokens[comma].Start] == ',')
                i = comma + 1;
        }
        // "…, which hosts the vote on Tuesday, Mayor Ana Ruiz …": a relative clause closing the introduction
        if (i < limit && MentionParser.Word(text, tokens[i]) is "which" or "where" or "who" or "when")
        {
            while (i < limit && !(tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] == ','))
                i++;
            i++;
        }
        if (i >= limit)
            return false;
        var end = MentionParser.ParseForward(text, tokens, i, out subject);
        if (end > 0 && CoordinatedAfter(text, tokens, ref end, limit, subject) is { } both)
            subject = both;
        // "Small groups of protesters": a group and what it is made of
        if (end > 0 && end + 1 < limit && subject.Kind == MentionKind.Description && MentionParser.Word(text, tokens[end]) is "of" &&
            MentionParser.Word(text, tokens[end - 1]) is "groups" or "group" or "dozens" or "hundreds" or "thousands" or "crowds" or "crowd" or "members" or "handful" or "number")
        {
            var o = end + 1;
            while (o < limit && o - end <= 4 && tokens[o].Kind == TokenKind.Word && !MentionParser.IsPhraseBreak(MentionParser.Word(text, tokens[o])) &&
                   !MentionParser.LooksLikePastVerb(MentionParser.Word(text, tokens[o])) && !SpeechVerbs.IsCue(MentionParser.Word(text, tokens[o])))
                o++;
            if (o > end + 1)
            {
                subject = subject with { Span = TextSpan.FromBounds(subject.Span.Start, tokens[o - 1].End) };
                end = o;
            }
        }
        // a description with a relative clause that runs on past the limit ends there
        if (truncateAtLimit && end > limit && limit - 1 > i && subject.Kind == MentionKind.Description)
        {
            subject = subject with { Span = TextSpan.FromBounds(subject.Span.Start, tokens[limit - 1].End) };
            end = limit;
        }
        return end > 0 && end <= limit;
    }

    /// At <paramref name="i"/>, right after "in Salem,": a name, a comma and another name open the rest of the sentence.
    private static bool IsPlaceContinuation(string text, List<Token> tokens, int ss, int i, int limit, out int next)
    {
        next = i;
        if (tokens[i - 1].Kind != TokenKind.Punct || text[tokens[i - 1].Start] != ',')
            return false;
        var p = i - 2;
        while (p > ss && tokens[p].Kind == TokenKind.Word && MentionParser.IsCapitalized(MentionParser.Word(text, tokens[p])))
            p--;
        if (p == i - 2 || tokens[p].Kind != TokenKind.Word || MentionParser.Word(text, tokens[p]) is not ("in" or "at" or "from" or "near" or "outside"))
            return false;
        var e = MentionParser.ParseForward(text, tokens, i, out var place);
        if (e < 0 || e + 1 >= limit || place.Kind != MentionKind.Name || tokens[e].Kind != TokenKind.Punct || text[tokens[e].Start] != ',' ||
            tokens[e + 1].Kind != TokenKind.Word || !MentionParser.IsCapitalized(MentionParser.Word(text, tokens[e + 1])))
            return false;
        next = e + 1;
        return true;
    }

    /// "In …,", "After …,", "and after …,": a word that opens an introductory phrase before the subject.
    private static bool StartsIntroduction(ReadOnlySpan<char> first)
    {
        if (first.Length is > 0 and <= 16 && char.IsLower(first[0]))
        {
            Span<char> capital = stackalloc char[first.Length];
            first.CopyTo(capital);
            capital[0] = char.ToUpperInvariant(capital[0]);
            return StartsCapitalizedIntroduction(capital);
        }
        return StartsCapitalizedIntroduction(first);
    }

    private static bool StartsCapitalizedIntroduction(ReadOnlySpan<char> first) =>
        first.EndsWith("ing", StringComparison.Ordinal) ||
        (first.Length > 5 && first.EndsWith("ed", StringComparison.Ordinal) && !Names.FirstNames.IsFirstName(first)) || first is "Alongside" or "Amid" or "Among" or "Beyond" or "Given" or "Citing" or "Like" or "Per" or "Upon" or "Within" or "Outside" or "Inside" or "Against" or "Toward" or "Towards" or "Behind" ||
            first is "Here" or "In" or "On" or "At" or "After" or "During" or "While" or "When" or "Since" or "Before" or "Speaking" or "Asked" or "Last" or "As" or "For" or "From" or "With" or "Without" or "Despite" or "Although" or "Though" or "If" or "Over" or "Under" or "Unlike" or "Like" or "Until" or "Once" or "Because" or "Earlier" or "Later" or "Following" or "Throughout";

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        if (w.Length < 3)
            return false;
        foreach (var ch in w)
        {
            if (char.IsLower(ch))
                return false;
        }
        return char.IsUpper(w[0]);
    }

    /// "issued a statement saying", "answered on Facebook writing": the phrase before the participle is a statement someone
    /// issued or the place they wrote in, so the participle's subject is the sentence's.
    private static bool IsIssuedOrPlaced(string text, List<Token> tokens, int ss, int v)
    {
        if (v - 2 < ss || tokens[v - 1].Kind != TokenKind.Word)
            return false;
        var head = MentionParser.Word(text, tokens[v - 1]);
        var b = MentionParser.ParseBackward(text, tokens, v - 1, out _);
        if (b - 1 < ss || tokens[b - 1].Kind != TokenKind.Word)
            return false;
        var before = MentionParser.Word(text, tokens[b - 1]);
        if (before is "on" or "in" or "to" or "at" or "via" or "through")
            return true;
        return head is "statement" or "release" or "letter" or "email" or "e-mail" or "memo" or "message" or "note" or "comment" or "comments" &&
               (MentionParser.LooksLikePastVerb(before) || before is "issues" or "releases" or "sends" or "sent" or "put" or "wrote" or "writes");
    }

    /// "Frank Newport and Jim Harter": a person's name after "and" and another person's name, as one description.
    private static Mention? CoordinatedBefore(string text, List<Token> tokens, int ss, int b, Mention second)
    {
        if (second is not { Kind: MentionKind.Name, IsOrganization: false } || b - 2 < ss || tokens[b - 1].Kind != TokenKind.Word ||
            MentionParser.Word(text, tokens[b - 1]) is not "and" ||
            MentionParser.ParseBackward(text, tokens, b - 2, out var first) < ss || first is not { Kind: MentionKind.Name, IsOrganization: false })
            return null;
        return new Mention(TextSpan.FromBounds(first.Span.Start, second.Span.End), MentionKind.Description, first.Span.Start, false);
    }

    /// "Trump and Ryan issued": the same, read forwards from the first name; <paramref name="end"/> moves past the second.
    private static Mention? CoordinatedAfter(string text, List<Token> tokens, ref int end, int limit, Mention first)
    {
        if (first is not { Kind: MentionKind.Name, IsOrganization: false } || end + 1 >= limit || tokens[end].Kind != TokenKind.Word ||
            MentionParser.Word(text, tokens[end]) is not "and")
            return null;
        // "Netanyahu and other right-wing Israeli leaders shunned …"
        if (MentionParser.Word(text, tokens[end + 1]) is "other" or "several" or "many" or "some")
        {
            var o = end + 2;
            while (o < limit && o - end < 7 && tokens[o].Kind == TokenKind.Word && !MentionParser.IsPhraseBreak(MentionParser.Word(text, tokens[o])) &&
                   !SpeechVerbs.IsAttributionWord(MentionParser.Word(text, tokens[o])) && !MentionParser.LooksLikePastVerb(MentionParser.Word(text, tokens[o])))
                o++;
            if (o == end + 2 || o >= limit || tokens[o].Kind != TokenKind.Word || !LooksLikeVerb(MentionParser.Word(text, tokens[o])))
                return null;
            var group = new Mention(TextSpan.FromBounds(first.Span.Start, tokens[o - 1].End), MentionKind.Description, first.Span.Start, false);
            end = o;
            return group;
        }
        var e2 = MentionParser.ParseForward(text, tokens, end + 1, out var second);
        if (e2 < 0 || e2 > limit || second is not { Kind: MentionKind.Name, IsOrganization: false })
            return null;
        end = e2 < limit && MentionParser.Word(text, tokens[e2]) is "both" ? e2 + 1 : e2;
        return new Mention(TextSpan.FromBounds(first.Span.Start, second.Span.End), MentionKind.Description, first.Span.Start, false);
    }

    /// The first word of a name mention after its titles and roles: the given name, when it has one.
    private static ReadOnlySpan<char> GivenName(string text, List<Token> tokens, Mention name) =>
        MentionParser.Word(text, tokens[MentionParser.IndexAt(tokens, name.NameStart, 0)]);

    /// "what it called “…”": "it" or "they" as the subject of a cue stands for the organisation or group the sentence is about.
    private static Attribution WithAntecedent(string text, List<Token> tokens, int ss, int v, Attribution a)
    {
        if (a.Mention.Kind != MentionKind.Pronoun || text.AsSpan(a.Mention.Span.Start, a.Mention.Span.Length) is not ("it" or "they") ||
            !MainSubject(text, tokens, ss, v, out var main) || main.Span.End > a.Mention.Span.Start ||
            !(main.IsOrganization || main.Kind == MentionKind.Description))
            return a;
        return a with { Mention = main };
    }

    /// "The longtime senator said he …": the subject of a speech verb right before a "he" or "she" that agrees with it.
    private static Attribution? OuterSpeaker(string text, List<Token> tokens, int ss, Mention pronoun)
    {
        var p = MentionParser.IndexAt(tokens, pronoun.Span.Start, ss);
        var word = MentionParser.Word(text, tokens[p]);
        if (word is not ("he" or "she") || p - 1 <= ss)
            return null;
        var v = p - 1;
        if (MentionParser.Word(text, tokens[v]) is "that")
            v--;
        if (v <= ss || tokens[v].Kind != TokenKind.Word || !SpeechVerbs.IsStrongCue(MentionParser.Word(text, tokens[v])) ||
            !Subject(text, tokens, ss, v - 1, out var outer, out var appos) || outer.Kind == MentionKind.Pronoun)
            return null;
        if (outer.Kind == MentionKind.Name)
        {
            var gender = Names.FirstNames.GenderOf(GivenName(text, tokens, outer));
            if (gender != Gender.Unknown && gender != (word is "he" ? Gender.Male : Gender.Female))
                return null;
        }
        return new Attribution(outer, Cue(tokens[v]), AttributionForm.InSentence, appos);
    }

    /// "Beck, who has in the past described Trump as “…”": the person a relative clause holding the cue is about.
    private static Mention? RelativeAntecedent(string text, List<Token> tokens, int ss, int v)
    {
        for (var r = v - 1; r > ss + 1 && v - r < 10; r--)
        {
            if (tokens[r].Kind == TokenKind.Punct)
                return null;
            if (MentionParser.Word(text, tokens[r]) is not "who")
                continue;
            // the cue is the clause's own verb: "who described", "who has in the past described"
            if (tokens[r - 1].Kind != TokenKind.Punct || text[tokens[r - 1].Start] != ',' ||
                !(r + 1 == v || MentionParser.Word(text, tokens[r + 1]) is "has" or "had" or "have" or "once" or "previously" or "later"))
                return null;
            return MentionParser.ParseBackward(text, tokens, r - 2, out var person) >= ss && person.Kind == MentionKind.Name && !person.IsOrganization ? person : null;
        }
        return null;
    }

    /// "Another Muslim who worshiped at the center and who did not want to be named said": the sentence's subject and the
    /// relative clauses that run up to the cue, as one description.
    private static Mention? RelativeSubject(string text, List<Token> tokens, int ss, int v)
    {
        if (!MainSubject(text, tokens, ss, v, out var subject, truncateAtLimit: true) || subject.Kind != MentionKind.Description)
            return null;
        // the description read forwards runs over the cue to the quote: it must hold "who" or "that" before the cue
        var head = MentionParser.IndexAt(tokens, subject.Span.Start, ss);
        var e = head + 1;
        while (e < v && MentionParser.Word(text, tokens[e]) is not ("who" or "that"))
            e++;
        if (e >= v || e - head > 4)
            return null;
        for (var x = e + 1; x < v; x++)
        {
            if (tokens[x].Kind == TokenKind.QuoteMark || tokens[x].Kind == TokenKind.Word && SpeechVerbs.IsStrongCue(MentionParser.Word(text, tokens[x])))
                return null;
        }
        return new Mention(TextSpan.FromBounds(subject.Span.Start, tokens[v - 1].End), MentionKind.Description, subject.Span.Start, false);
    }

    /// "Tweeted", "Said": a speech verb in the past tense written with a capital.
    private static bool IsCapitalizedPastCue(ReadOnlySpan<char> w) =>
        w.Length > 3 && char.IsUpper(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || w is "Said") && SpeechVerbs.IsCueIgnoringCase(w);

    /// "Reed will continue to be …": "continue" before "to" is not a speech verb.
    private static bool IsContinueTo(string text, List<Token> tokens, int v, ReadOnlySpan<char> w) =>
        w is "continue" or "continues" or "continued" && v + 1 < tokens.Count && MentionParser.Word(text, tokens[v + 1]) is "to";

    private static bool IsParticiple(ReadOnlySpan<char> w) => w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal) && w is not "according";

    private static bool IsIntroductoryWord(ReadOnlySpan<char> w) =>
        w is "First" or "Second" or "Third" or "Finally" or "Yesterday" or "Today" or "Tonight" or "Instead" or "Still" or "Meanwhile"
            or "However" or "Moreover" or "Later" or "Earlier" or "Now" or "Then" or "Afterward" or "Afterwards" or "Indeed" or "Overall"
            or "Separately" or "Similarly" or "Likewise" or "Nonetheless" or "Nevertheless" or "Again" or "Also" or "Ultimately"
        || IsCapitalizedAdverb(w);

    /// "Finally", "Hastily": a capitalised word ending in "ly".
    private static bool IsCapitalizedAdverb(ReadOnlySpan<char> w) => w.Length > 4 && char.IsUpper(w[0]) && w.EndsWith("ly", StringComparison.Ordinal);

    /// A noun for what someone said: after a possessive it leads to their words ("Sheinbaum’s reply was blunt:",
    /// "Obama's “…” promise").
    private static bool IsReplyNoun(ReadOnlySpan<char> w) =>
        w is "reply" or "response" or "answer" or "message" or "retort" or "verdict" or "statement" or "words" or "comment"
            or "comments" or "reaction" or "explanation" or "assessment" or "view" or "take" or "advice" or "warning"
            or "argument" or "conclusion" or "pitch" or "position" or "tweet" or "post" or "remarks" or "motto"
            or "promise" or "plea" or "question" or "reasoning" or "rationale" or "instructions" or "order" or "claim"
            or "assertion" or "slogan" or "mantra" or "catchphrase" or "refrain" or "insistence" or "suggestion" or "accusation"
            or "vow" or "pledge" or "boast" or "complaint" or "contention" or "line" or "remark" or "quip" or "jab" or "taunt"
            or "insult" or "charge" or "declaration" or "admission" or "prediction" or "demand" or "joke" or "speech";

    /// The person in "Harry Bond, 30, of" or "Harry Bond, of", where <paramref name="of"/> is the index of "of"; null otherwise.
    private static Mention? PersonBeforeHometown(string text, List<Token> tokens, int ss, int of)
    {
        if (of - 2 < ss || tokens[of].Kind != TokenKind.Word || MentionParser.Word(text, tokens[of]) is not "of" || !IsCommaAt(text, tokens, of - 1))
            return null;
        var p = of - 2;
        if (p - 2 >= ss && tokens[p].Kind == TokenKind.Number && IsCommaAt(text, tokens, p - 1))
            p -= 2;
        return MentionParser.ParseBackward(text, tokens, p, out var person) >= ss && person.Kind == MentionKind.Name && !person.IsOrganization &&
               MentionParser.LooksLikePersonName(text, person.NameSpan) ? person : null;
    }

    private static bool IsCommaAt(string text, List<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] == ',';

    private static bool IsObjectVerb(ReadOnlySpan<char> w) =>
        w is "told" or "tell" or "tells" or "telling" or "asked" or "ask" or "asks" or "asking" or "called" or "calls" or "call" or "calling" or
            "urged" or "urging" or "warned" or "warning" or "described" or "describing" or "quoted" or "quoting" or "cited" or "thanked";

    private static bool Subject(string text, List<Token> tokens, int ss, int k, out Mention subject, out TextSpan apposition)
    {
        subject = default;
        apposition = default;
        k = SkipAdverbsBackward(text, tokens, ss, k);
        // "Ruiz on Tuesday night warned": a weekday before the part of the day
        if (k - 2 >= ss && MentionParser.Word(text, tokens[k]) is "night" or "morning" or "afternoon" or "evening" &&
            IsTimeWord(MentionParser.Word(text, tokens[k - 1])) && MentionParser.Word(text, tokens[k - 2]) is "on" or "late" or "early" or "last")
            k = SkipAdverbsBackward(text, tokens, ss, k - 3);
        // "Trump on Saturday tweeted"
        else if (k - 1 >= ss && IsTimeWord(MentionParser.Word(text, tokens[k])) &&
            MentionParser.Word(text, tokens[k - 1]) is "on" or "last" or "this" or "earlier" or "late" or "early" or "in")
            k = SkipAdverbsBackward(text, tokens, ss, k - 2);
        if (k < ss)
            return false;
        var c = text[tokens[k].Start];
        // "Mayor Ana Ruiz — mentioned by the Gazette as a likely candidate — told"
        if (tokens[k].Kind == TokenKind.Punct && c is '\u2014' or '\u2013' or '-')
        {
            while (k - 1 > ss && tokens[k - 1].Kind == TokenKind.Punct && text[tokens[k - 1].Start] == '-')
                k--; // "--"
            var open = k - 1;
            while (open > ss && k - open < MaxAppositionTokens && !(tokens[open].Kind == TokenKind.Punct && text[tokens[open].Start] is '\u2014' or '\u2013' or '-'))
                open--;
            var inside = open + 1;
            while (open - 1 > ss && tokens[open - 1].Kind == TokenKind.Punct && text[tokens[open - 1].Start] is '-')
                open--; // "--"
            if (open <= ss || text[tokens[open].Start] is not ('\u2014' or '\u2013' or '-') || inside >= k)
                return false;
            apposition = TextSpan.FromBounds(tokens[inside].Start, tokens[k - 1].End);
            if (MentionParser.ParseBackward(text, tokens, open - 1, out subject) < ss)
                return false;
            // "A former presidential candidate -- John McCain, who lost in 2008 -- said": the name between the dashes
            if ((subject.Kind == MentionKind.Description || MentionParser.IsDeterminer(MentionParser.Word(text, tokens[MentionParser.IndexAt(tokens, subject.Span.Start, 0)]))) &&
                MentionParser.ParseForward(text, tokens, inside, out var named) > 0 && named.Kind == MentionKind.Name && !named.IsOrganization)
            {
                subject = named;
                apposition = default;
            }
            return true;
        }
        if (tokens[k].Kind == TokenKind.Punct && c == ')')
        {
            var open = k - 1;
            while (open >= ss && k - open < 12 && text[tokens[open].Start] != '(')
                open--;
            if (open < ss || text[tokens[open].Start] != '(')
                return false;
            k = open - 1;
            if (k >= ss && text[tokens[k].Start] == ',')
                return false;
        }
        else if (tokens[k].Kind == TokenKind.Punct && c == ',')
        {
            // "Gov. John Kasich (R-OH), said"
            if (k - 1 >= ss && tokens[k - 1].Kind == TokenKind.Punct && text[tokens[k - 1].Start] == ')')
            {
                var open = k - 2;
                while (open >= ss && k - open < 12 && text[tokens[open].Start] != '(')
                    open--;
                if (open > ss && text[tokens[open].Start] == '(' &&
                    MentionParser.ParseBackward(text, tokens, open - 1, out var tagged) >= ss && tagged.Kind == MentionKind.Name)
                {
                    subject = tagged;
                    return true;
                }
            }
            // "Smith, a spokesman for the campaign, said"
            var comma = k - 1;
            var cueInside = false;
            while (comma >= ss && k - comma < MaxAppositionTokens && !(tokens[comma].Kind == TokenKind.Punct && text[tokens[comma].Start] == ','))
            {
                if (tokens[comma].Kind == TokenKind.Word && SpeechVerbs.IsStrongCue(MentionParser.Word(text, tokens[comma])))
                    cueInside = true;
                comma--;
            }
            // a cue inside is another clause, unless the apposition is a relative clause ("Clinton, who called Sanders …, told")
            if (cueInside && !(comma + 1 < tokens.Count && MentionParser.Word(text, tokens[comma + 1]) is "who" or "which" or "whose"))
                return false;
            if (comma < ss || k - comma >= MaxAppositionTokens || comma == k - 1)
                return false;
            // "Clinton, during a town hall meeting in Columbus, Ohio, said": the subject is before the first comma
            var earlier = comma - 1;
            while (earlier > ss && comma - earlier < MaxAppositionTokens && !(tokens[earlier].Kind == TokenKind.Punct && text[tokens[earlier].Start] == ','))
            {
                if (tokens[earlier].Kind == TokenKind.Word && SpeechVerbs.IsStrongCue(MentionParser.Word(text, tokens[earlier])))
                    break;
                earlier--;
            }
            // "Michael Mulgrew, president of the union, which represents teachers, said": a relative clause after the apposition
            var relative = comma + 1 < tokens.Count && MentionParser.Word(text, tokens[comma + 1]) is "who" or "which" or "whose";
            if ((!relative || !MentionParser.IsCapitalized(MentionParser.Word(text, tokens[earlier + 1]))) && earlier > ss && text[tokens[earlier].Start] == ',' && MentionParser.ParseBackward(text, tokens, earlier - 1, out var outer) >= ss &&
                outer.Kind == MentionKind.Name && !outer.IsOrganization &&
                !(MentionParser.ParseBackward(text, tokens, comma - 1, out var inner) >= 0 && inner.Kind == MentionKind.Name && Names.FirstNames.IsFirstName(GivenName(text, tokens, inner))))
                comma = earlier;
            apposition = TextSpan.FromBounds(tokens[comma + 1].Start, tokens[k - 1].End);
            k = comma - 1;
            if (k >= ss && text[tokens[k].Start] == ')')
            {
                var open = k - 1;
                while (open >= ss && k - open < 12 && text[tokens[open].Start] != '(')
                    open--;
                if (open < ss)
                    return false;
                k = open - 1;
            }
        }
        if (k < ss)
            return false;
        // "Several said", "Some chanted": a quantifier standing for people
        if (IsQuantifierSubject(text, tokens, ss, k))
        {
            var first = IsPercentSubject(text, tokens, ss, k) ? (MentionParser.Word(text, tokens[k]) is "percent" ? k - 1 : k - 2) : k;
            subject = new Mention(TextSpan.FromBounds(tokens[first].Start, tokens[k].End), MentionKind.Description, tokens[first].Start, false);
            return true;
        }
        var b = MentionParser.ParseBackward(text, tokens, k, out subject);
        // "Maria Lopez, director of the Ohio Farm Bureau said": an apposition that lost its closing comma
        if (subject.Kind == MentionKind.Description && b >= ss && AppositionStart(text, tokens, ss, b, k) is var role && role > ss &&
            MentionParser.ParseBackward(text, tokens, role - 2, out var described) >= ss && described.Kind == MentionKind.Name && !described.IsOrganization)
        {
            subject = described;
            apposition = TextSpan.FromBounds(tokens[role].Start, tokens[k].End);
            return true;
        }
        // "Another council source speaking to the Gazette said", "Protesters marching through the streets chanted": the one
        // spoken to, or the place, is inside the subject
        if (b - 3 >= ss && MentionParser.Word(text, tokens[b - 1]) is "to" or "with" or "through" or "in" or "on" or "at" or "outside" or "near" or "along" &&
            tokens[b - 2].Kind == TokenKind.Word && IsParticiple(MentionParser.Word(text, tokens[b - 2])) &&
            MentionParser.ParseBackward(text, tokens, b - 3, out var speaker) >= ss && speaker.Kind != MentionKind.Pronoun)
        {
            subject = speaker.Kind == MentionKind.Name
                ? speaker
                : speaker with { Span = TextSpan.FromBounds(speaker.Span.Start, tokens[k].End) };
            return true;
        }
        // "Harry Bond, 30, of Raleigh said": the person before an age and a hometown, not the town
        if (b - 1 >= ss && subject.Kind == MentionKind.Name && PersonBeforeHometown(text, tokens, ss, b - 1) is { } resident)
        {
            subject = resident;
            return true;
        }
        // "Rosa Delgado of Columbia, South Carolina says": the place after the comma belongs to the person before it
        if (b - 3 >= ss && subject.Kind == MentionKind.Name && tokens[b - 1].Kind == TokenKind.Punct && text[tokens[b - 1].Start] == ',')
        {
            var p = MentionParser.ParseBackward(text, tokens, b - 2, out var placed);
            if (p >= ss && placed.Kind == MentionKind.Name && !placed.IsOrganization && placed.NameEnd > placed.NameStart)
            {
                subject = placed with { Span = TextSpan.FromBounds(placed.Span.Start, subject.Span.End) };
                return true;
            }
            if (p - 2 >= ss && placed.Kind == MentionKind.Name && MentionParser.Word(text, tokens[p - 1]) is "of" && MentionParser.ParseBackward(text, tokens, p - 2, out var person) >= ss &&
                person.Kind == MentionKind.Name && !person.IsOrganization)
            {
                subject = person;
                return true;
            }
            // "Harry Bond, 30, of Raleigh, N.C., who was polled, said"
            if (p - 1 >= ss && placed.Kind == MentionKind.Name && PersonBeforeHometown(text, tokens, ss, p - 1) is { } resident2)
            {
                subject = resident2;
                return true;
            }
        }
        // "Newport and Harter said": two people coordinated as the subject
        if (b >= ss && CoordinatedBefore(text, tokens, ss, b, subject) is { } both)
        {
            subject = both;
            return true;
        }
        // "who has in the past described": a time after a preposition is not the subject
        if (b - 1 >= ss && subject.Kind == MentionKind.Description && tokens[b - 1].Kind == TokenKind.Word &&
            MentionParser.Word(text, tokens[b - 1]) is "in" or "on" or "at" or "for" or "over" or "after" or "before" or "during" or "since" &&
            MentionParser.Word(text, tokens[k]) is "past" or "meantime" or "interim" or "end" or "morning" or "afternoon" or "evening" or "night" or "week" or "weekend" or "month" or "year" or "day" or "years" or "months" or "weeks" or "days")
            return false;
        return b >= ss;
    }

    /// Where a description from <paramref name="b"/> to <paramref name="k"/> reads as an apposition after a comma: a
    /// person's role, without an article, of or at a named organisation ("director of the Ohio Farm Bureau", "president
    /// and CEO of Tulsa Restaurant Association"). The index of its first token, or -1.
    private static int AppositionStart(string text, List<Token> tokens, int ss, int b, int k)
    {
        var first = b;
        if (first - 3 >= ss && MentionParser.Word(text, tokens[first - 1]) is "and" && IsPersonRole(MentionParser.Word(text, tokens[first - 2])))
            first -= 2;
        if (first - 2 < ss || text[tokens[first - 1].Start] != ',' || !IsPersonRole(MentionParser.Word(text, tokens[first])))
            return -1;
        for (var i = first + 1; i < k; i++)
        {
            if (MentionParser.Word(text, tokens[i]) is "of" or "at" or "for" &&
                (MentionParser.IsCapitalized(MentionParser.Word(text, tokens[i + 1])) ||
                 (i + 2 <= k && MentionParser.Word(text, tokens[i + 1]) is "the" && MentionParser.IsCapitalized(MentionParser.Word(text, tokens[i + 2])))))
                return first;
        }
        return -1;

        static bool IsPersonRole(ReadOnlySpan<char> word) =>
            word is "CEO" || (NameLexicon.IsRoleNoun(word) && !word.EndsWith('s') && !NameLexicon.IsOrganizationWord(word));
    }

    private static TextSpan AppositionAfter(string text, List<Token> tokens, int e)
    {
        SkipAppositionForward(text, tokens, e, out var appos);
        return appos;
    }

    private static int SkipAppositionForward(string text, List<Token> tokens, int i, out TextSpan apposition)
    {
        apposition = default;
        if (i < tokens.Count && text[tokens[i].Start] == '(' && tokens[i].Kind == TokenKind.Punct)
        {
            var close = i + 1;
            while (close < tokens.Count && close - i < 12 && text[tokens[close].Start] != ')')
                close++;
            if (close >= tokens.Count || text[tokens[close].Start] != ')')
                return i;
            i = close + 1;
        }
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Punct || text[tokens[i].Start] != ',')
            return i;
        var j = i + 1;
        var firstComma = -1;
        var relative = j < tokens.Count && MentionParser.Word(text, tokens[j]) is "who" or "which";
        while (j < tokens.Count && j - i < MaxAppositionTokens)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.QuoteMark)
            {
                // "Tom Reed, wearing “Ruiz for Mayor” pins, said": a short quoted name inside the apposition
                var close = j + 1;
                while (close < tokens.Count && close - j < 8 && tokens[close].Kind != TokenKind.QuoteMark &&
                       !(tokens[close].Kind == TokenKind.Punct && text[tokens[close].Start] is '.' or '?' or '!'))
                    close++;
                if (close >= tokens.Count || close - j >= 8 || tokens[close].Kind != TokenKind.QuoteMark || close == j + 1)
                    break;
                j = close + 1;
                continue;
            }
            // "Rosa Delgado, who is chairman of Our Streets Pac said": a relative clause that the cue closes without a comma
            if (relative && firstComma < 0 && j > i + 3 && t.Kind == TokenKind.Word && SpeechVerbs.IsStrongCue(MentionParser.Word(text, t)) &&
                !MentionParser.Word(text, t).EndsWith("ing", StringComparison.Ordinal) && tokens[j - 1].Kind == TokenKind.Word &&
                MentionParser.IsCapitalized(MentionParser.Word(text, tokens[j - 1])))
            {
                apposition = TextSpan.FromBounds(tokens[i + 1].Start, tokens[j - 1].End);
                return j;
            }
            if (t.Kind == TokenKind.Punct)
            {
                var c = text[t.Start];
                if (c == ',')
                {
                    if (firstComma < 0)
                        firstComma = j;
                    // "Anne Richards, assistant secretary of state for population, refugees, and migration, said"
                    var v = SkipAdverbsForward(text, tokens, j + 1);
                    if (v < tokens.Count && tokens[v].Kind == TokenKind.Word && (SpeechVerbs.IsCue(MentionParser.Word(text, tokens[v])) ||
                                                                               IsCapitalizedPastCue(MentionParser.Word(text, tokens[v]))))
                    {
                        if (j > i + 1)
                            apposition = TextSpan.FromBounds(tokens[i + 1].Start, tokens[j - 1].End);
                        return j + 1;
                    }
                    j++;
                    continue;
                }
                if (c is '.' or '?' or '!' or ';' or ':')
                {
                    // the apposition runs to the end of the sentence: "said Jane Doe, a spokeswoman." / "said one resident, Paul Gagnon, 71."
                    var end = firstComma > i + 1 ? firstComma : j;
                    if (end > i + 1)
                        apposition = TextSpan.FromBounds(tokens[i + 1].Start, tokens[end - 1].End);
                    return i;
                }
            }
            j++;
        }
        if (firstComma > i + 1)
        {
            apposition = TextSpan.FromBounds(tokens[i + 1].Start, tokens[firstComma - 1].End);
            return firstComma + 1;
        }
        if (j >= tokens.Count && j > i + 1)
            apposition = TextSpan.FromBounds(tokens[i + 1].Start, tokens[j - 1].End);
        return i;
    }

    /// "Trump later defended his comments as being “sarcastic.”": with no cue, the subject of the sentence
    /// that holds the quote, and the verb after it as the cue.
    public static Attribution? FindSentenceSubject(string text, int from, int to, List<Token> tokens)
    {
        tokens.Clear();
        Tokenizer.Tokenize(text, Math.Max(from, to - BeforeWindow), to, tokens);
        var ss = SentenceStart(text, tokens);
        // "Ruiz proposed a debate - but the Park campaign rejected the idea as “…”": the clause that holds the quote
        var clause = ss;
        for (var x = tokens.Count - 2; x > ss; x--)
        {
            if (tokens[x].Kind == TokenKind.Word && MentionParser.Word(text, tokens[x]) is "but" or "and" or "while" or "whereas" or "yet" &&
                tokens[x - 1].Kind == TokenKind.Punct && text[tokens[x - 1].Start] is ',' or ';' or '-' or '\u2014' or '\u2013' &&
                MentionParser.Word(text, tokens[x + 1]) is not ("that" or "which" or "who" or "what") &&
                MentionParser.ParseForward(text, tokens, x + 1, out var own) is var oe and > 0 && oe < tokens.Count && own.Kind != MentionKind.Pronoun &&
                SkipAppositionForward(text, tokens, oe, out _) is var ov && ov < tokens.Count &&
                tokens[ov].Kind == TokenKind.Word && LooksLikeVerb(MentionParser.Word(text, tokens[ov])) && !MentionParser.IsCapitalized(MentionParser.Word(text, tokens[ov])))
            {
                clause = x + 1;
                break;
            }
        }
        if (!MainSubject(text, tokens, clause, tokens.Count, out var subject))
            return null;
        var v = 0;
        while (v < tokens.Count && tokens[v].Start < subject.Span.End)
            v++;
        v = SkipAppositionForward(text, tokens, v, out var appos);
        // a definite description ("the mayor"), a group named after someone ("Ruiz supporters"), a document ("a Times
        // article") or one the apposition names ("Another critic, Laurence H. Tribe,"), not "a man" or "some"
        if (subject.Kind == MentionKind.Description && !subject.IsOrganization && !text.AsSpan(subject.Span.Start, subject.Span.Length).StartsWith("the ", StringComparison.OrdinalIgnoreCase) &&
            !(char.IsUpper(text[subject.Span.Start]) && !MentionParser.IsDeterminer(MentionParser.Word(text, tokens[MentionParser.IndexAt(tokens, subject.Span.Start, 0)]))) &&
            !MentionParser.LooksLikePersonName(text, appos))
            return null;
        v = SkipTimeForward(text, tokens, SkipAdverbsForward(text, tokens, v));
        v = SkipAdverbsForward(text, tokens, v);
        if (v >= tokens.Count || tokens[v].Kind != TokenKind.Word || MentionParser.IsCapitalized(MentionParser.Word(text, tokens[v])) ||
            MentionParser.IsPhraseBreak(MentionParser.Word(text, tokens[v])) && MentionParser.Word(text, tokens[v]) is not ("is" or "was" or "has" or "had" or "are" or "were" or "have"))
            return null;
        // "Multiple news reports …", "Embryonic stem cells …": one capitalised word opening the sentence and a noun after it
        // are an adjective and its noun, not a name and its verb
        if (subject.Kind == MentionKind.Name && subject.Span.Start == tokens[ss].Start && !text.AsSpan(subject.Span.Start, subject.Span.Length).Contains(' ') &&
            !LooksLikeVerb(MentionParser.Word(text, tokens[v])))
            return null;
        return new Attribution(subject, Cue(tokens[v]), AttributionForm.InSentence, appos);
    }

    /// "defended", "says", "took", "is": a word that can be the finite verb after a subject (not "news", "stem", "leadership").
    private static bool LooksLikeVerb(ReadOnlySpan<char> w) =>
        SpeechVerbs.IsAttributionWord(w) || MentionParser.LooksLikePastVerb(w) || IsFiniteVerbAfterSubject(w) ||
        (w.Length >= 4 && w.EndsWith("ed", StringComparison.Ordinal)) || (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal)) ||
        (w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("ics", StringComparison.Ordinal) && !NameLexicon.IsRoleNoun(w) && w is not ("news" or "states" or "cells" or "reports" or "accounts"));

    private static bool IsFiniteVerbAfterSubject(ReadOnlySpan<char> w) =>
        w is "is" or "was" or "were" or "are" or "has" or "had" or "have" or "would" or "will" or "could" or "should" or "can" or "did" or "does" or "do" or "might" or "may" or "must";

    /// "on Saturday", "last week", "this morning": a time phrase between a subject and its verb.
    private static int SkipTimeForward(string text, List<Token> tokens, int i)
    {
        if (i + 1 < tokens.Count && MentionParser.Word(text, tokens[i]) is "on" or "last" or "this" or "earlier" or "late" or "early" or "in" &&
            IsTimeWord(MentionParser.Word(text, tokens[i + 1])))
            return i + 2;
        return i;
    }

    private static bool IsTimeWord(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "week" or "month"
            or "year" or "night" or "morning" or "afternoon" or "evening" or "weekend" or "day" or "January" or "February"
            or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November"
            or "December" or "Jan." or "Feb." or "Aug." or "Sept." or "Oct." or "Nov." or "Dec.";

    private static int SkipAdverbsForward(string text, List<Token> tokens, int i)
    {
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Word && IsAdverbOrAuxiliary(MentionParser.Word(text, tokens[i])))
            i++;
        return i;
    }

    private static int SkipAdverbsBackward(string text, List<Token> tokens, int ss, int k)
    {
        while (k >= ss && tokens[k].Kind == TokenKind.Word && IsAdverbOrAuxiliary(MentionParser.Word(text, tokens[k])))
            k--;
        return k;
    }

    private static bool IsAdverbOrAuxiliary(ReadOnlySpan<char> w) =>
        w is "also" or "later" or "then" or "again" or "has" or "had" or "have" or "would" or "will" or "was" or "is"
            or "once" or "previously" or "recently" or "earlier" or "further" or "often" or "has" or "just" or "even"
            or "still" or "now" or "first" or "finally" or "simply" or "only" or "never" or "reportedly" or "allegedly"
            or "apparently" or "once" or "frequently" or "repeatedly"
            or "always" or "already" or "long" or "not" or "yet" or "quickly" or "privately" or "publicly" || MentionParser.IsAdverbLike(w);

    private static bool IsSoftPunct(string text, Token t) =>
        t.Kind == TokenKind.Punct && text[t.Start] is ',' or ':' or '\u2014' or '\u2013' or '-' or '\u2026';

    /// Index of the first token of the last sentence in the window.
    private static int SentenceStart(string text, List<Token> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct && text[t.Start] is '.' or '?' or '!' or ';')
                return i + 1;
        }
        return 0;
    }

    private static TextSpan Cue(Token t) => new(t.Start, t.Length);
}
