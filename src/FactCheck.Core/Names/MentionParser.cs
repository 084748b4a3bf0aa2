using FactCheck.Core.Quotes;
using FactCheck.Core.Text;

namespace FactCheck.Core.Names;

/// <summary>
/// Reads the noun phrase that names a speaker next to a cue, forwards ("said Sen. Bernie Sanders") or backwards
/// ("a cartel leader told"), over the tokens of a small window. It recognises names with their titles, pronouns,
/// and descriptions opened by a determiner; appositions are left to the caller.
/// </summary>
internal static class MentionParser
{
    private const int MaxDescriptionTokens = 8;

    public static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);

    public static bool IsPronoun(ReadOnlySpan<char> w) =>
        w is "he" or "she" or "they" or "it" or "He" or "She" or "They" or "It" or "we" or "We" or "I" or "you" or "You";

    public static bool IsDeterminer(ReadOnlySpan<char> w) =>
        w is "a" or "an" or "the" or "A" or "An" or "The" or "his" or "her" or "their" or "its" or "our" or "His" or "Her"
            or "Their" or "Its" or "Our" or "one" or "One" or "another" or "Another" or "this" or "This" or "these"
            or "those" or "some" or "Some" or "many" or "Many" or "several" or "Several" or "two" or "three" or "four"
            or "five" or "both" or "Both" or "each" or "Each" or "other" or "no" or "my" or "My" or "your" or "Two" or "Three";

    /// Words that end a noun phrase read forwards: prepositions, conjunctions, relative pronouns.
    public static bool IsPhraseBreak(ReadOnlySpan<char> w) =>
        w is "of" or "for" or "at" or "in" or "on" or "with" or "to" or "from" or "by" or "about" or "after" or "before"
            or "during" or "who" or "whom" or "which" or "that" or "when" or "where" or "while" or "as" or "and" or "or"
            or "but" or "than" or "because" or "since" or "if" or "into" or "over" or "under" or "without" or "via"
            or "is" or "was" or "are" or "were" or "has" or "had" or "have" or "will" or "would" or "could" or "should"
            or "can" or "may" or "might" or "also" or "later" or "then" or "again";

    public static bool IsCapitalized(ReadOnlySpan<char> w) => w.Length > 0 && char.IsUpper(w[0]);

    /// A word that can be part of a proper name: capitalised, an initial, a particle, a suffix or a title.
    private static bool IsNameWord(string text, List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Word)
            return false;
        var w = Word(text, t);
        if (IsCapitalized(w))
        {
            if (!NameLexicon.IsNonName(w) || NameLexicon.IsTitle(w))
                return true;
            // "Will Doyle", "Will wrote": a given name that is also a common word
            if (!FirstNames.IsFirstName(w) || i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Word)
                return false;
            var next = Word(text, tokens[i + 1]);
            return (IsCapitalized(next) && !NameLexicon.IsNonName(next)) || SpeechVerbs.IsCue(next);
        }
        if (NameLexicon.IsParticle(w))
            return i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[i + 1]));
        return w is "former" or "ex" || w.StartsWith("then-", StringComparison.Ordinal) || w.StartsWith("ex-", StringComparison.Ordinal);
    }

    /// Reads a phrase starting at token <paramref name="i"/>; returns the index after its last token, or -1.
    public static int ParseForward(string text, List<Token> tokens, int i, out Mention mention)
    {
        mention = default;
        if (i >= tokens.Count)
            return -1;
        // "9/11 widow Terry Strada", "conservative talk radio host Rush Limbaugh": a few words ending in a role right before a name
        var roleEnd = RolePrefixEnd(text, tokens, i);
        if (tokens[i].Kind != TokenKind.Word && roleEnd < 0)
            return -1;
        var w = Word(text, tokens[i]);
        if (IsPronoun(w))
        {
            mention = new Mention(new TextSpan(tokens[i].Start, tokens[i].Length), MentionKind.Pronoun, tokens[i].Start, false);
            return i + 1;
        }
        if (IsDeterminer(w))
            return ParseDescriptionForward(text, tokens, i, out mention);

        var j = roleEnd > 0 ? roleEnd : i;
        // "undecided Republican voter Rosa Delgado": one adjective before a capitalised word or a role
        if (j + 1 < tokens.Count && tokens[j].Kind == TokenKind.Word && tokens[j + 1].Kind == TokenKind.Word && !IsCapitalized(w) && !IsModifier(w) &&
            !IsPhraseBreak(w) && !SpeechVerbs.IsCue(w) && !IsAdverbLike(w) && !NameLexicon.IsParticle(w) &&
            (IsCapitalized(Word(text, tokens[j + 1])) && IsNameWord(text, tokens, j + 1) && j + 2 < tokens.Count && tokens[j + 2].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[j + 2])) && IsModifier(Word(text, tokens[j + 2]))))
            j++;
        // "famed fight doctor Ana Ruiz": words that describe the person, up to a given name or a title
        var d = j;
        while (d < tokens.Count && d - j < 4 && tokens[d].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[d])) &&
               (IsDescriptiveWord(Word(text, tokens[d])) || IsModifier(Word(text, tokens[d])) ||
                (LooksLikePastVerb(Word(text, tokens[d])) && !SpeechVerbs.IsAttributionWord(Word(text, tokens[d])))))
            d++;
        if (d > j && d < tokens.Count && tokens[d].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[d])) &&
            (FirstNames.IsFirstName(Word(text, tokens[d])) || NameLexicon.IsTitle(Word(text, tokens[d]))))
            j = d;
        // lower-case roles before a name: "campaign manager Robby Mook", "former secretary of state Lena Park"
        while (j < tokens.Count && j - i < 5 && tokens[j].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[j])) &&
               (IsModifier(Word(text, tokens[j])) || IsNameWord(text, tokens, j) || Word(text, tokens[j]) is "retired" ||
                (Word(text, tokens[j]) is "of" && j > i && j + 1 < tokens.Count && Word(text, tokens[j - 1]) is "secretary" or "chief" or "director" or "head" &&
                 Word(text, tokens[j + 1]) is "state" or "defense" or "staff" or "homeland" or "labor" or "energy" or "commerce" or "treasury" or "education")))
            j++;
        var nameFrom = j;
        while (j < tokens.Count)
        {
            if (IsNameWord(text, tokens, j))
            {
                j++;
                continue;
            }
            // "former Obama adviser David Axelrod", "Clinton campaign manager Robby Mook"
            var r = j;
            while (r < tokens.Count && r - j < 4 && tokens[r].Kind == TokenKind.Word && IsModifier(Word(text, tokens[r])) && !IsCapitalized(Word(text, tokens[r])))
                r++;
            if (r > j && j > nameFrom && r < tokens.Count && tokens[r].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[r])) && IsNameWord(text, tokens, r))
            {
                j = r;
                continue;
            }
            // "Clinton ally James Carville": lower-case words between a name and a given name
            var g = j;
            while (g < tokens.Count && g - j < 3 && tokens[g].Kind == TokenKind.Word && MayStandBetweenNames(Word(text, tokens[g])))
                g++;
            if (g > j && j > nameFrom && g < tokens.Count && tokens[g].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[g])) &&
                g + 1 < tokens.Count && tokens[g + 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[g + 1])) &&
                (FirstNames.IsFirstName(Word(text, tokens[g])) || (g - j == 1 && !Word(text, tokens[j]).EndsWith("ed", StringComparison.Ordinal) &&
                    !Word(text, tokens[j]).EndsWith('s') && IsNameWord(text, tokens, g) && IsNameWord(text, tokens, g + 1)) ||
                 // "Post White House bureau chief Juliet Eilperin": a role between the organisation and the person
                 // ("bureau chief", "police chief": "chief" after a noun is the role's head, not a modifier)
                 (IsRoleWord(Word(text, tokens[g - 1])) && (!IsModifier(Word(text, tokens[g - 1])) || (g - j > 1 && Word(text, tokens[g - 1]) is "chief")) &&
                  IsNameWord(text, tokens, g) && IsNameWord(text, tokens, g + 1))))
            {
                j = g;
                continue;
            }
            // "Secretary of State John F. Kerry"
            if (j > nameFrom && Word(text, tokens[j]) is "of" && NameLexicon.IsTitle(Word(text, tokens[j - 1])) &&
                j + 2 < tokens.Count && IsNameWord(text, tokens, j + 1) && NameLexicon.IsTitle(Word(text, tokens[j + 1])) && IsNameWord(text, tokens, j + 2))
            {
                j += 2;
                continue;
            }
            break;
        }
        if (j == nameFrom)
            return -1;
        // keep "Jr." and a party tag "(D-Md.)" out; suffixes stay
        var end = j;
        while (end > nameFrom && !IsCapitalized(Word(text, tokens[end - 1])) && !NameLexicon.IsSuffix(Word(text, tokens[end - 1])))
            end--;
        if (end == nameFrom)
            return -1;
        mention = MakeName(text, tokens, i, end);
        // "wrote Time magazine.": a publication's name and the word for what it is
        if (end < tokens.Count && tokens[end].Kind == TokenKind.Word && Word(text, tokens[end]) is "magazine" or "newspaper" or "network" or "website" or "newsletter" &&
            (end + 1 >= tokens.Count || tokens[end + 1].Kind == TokenKind.Punct || SpeechVerbs.IsCue(Word(text, tokens[end + 1]))))
        {
            mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[end].End), MentionKind.Name, mention.NameStart, true);
            return end + 1;
        }
        // "Ruiz supporters", "Clinton aides": a name qualifying a group
        if (end < tokens.Count && tokens[end].Kind == TokenKind.Word && Word(text, tokens[end]) is var group && !IsCapitalized(group) &&
            group.Length > 3 && group[^1] == 's' && NameLexicon.IsRoleNoun(group))
        {
            mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[end].End), MentionKind.Description, tokens[i].Start, false);
            return end + 1;
        }
        // "Rubio’s deputy campaign manager": the owner's role describes the speaker
        if (end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Possessive && tokens[end + 1].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[end + 1])))
        {
            var r = end + 1;
            var lastRole = -1;
            while (r < tokens.Count && r - end <= 5 && tokens[r].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[r])) &&
                   (IsModifier(Word(text, tokens[r])) || (!IsPhraseBreak(Word(text, tokens[r])) && !SpeechVerbs.IsCue(Word(text, tokens[r])) && !IsAdverbLike(Word(text, tokens[r])) &&
                                                          (!IsDeterminer(Word(text, tokens[r])) || Word(text, tokens[r]) is "two" or "three" or "four" or "five") && !IsPronoun(Word(text, tokens[r])))))
            {
                if (NameLexicon.IsRoleNoun(Word(text, tokens[r])))
                    lastRole = r;
                r++;
                // "Park’s chief of staff"
                if (lastRole == r - 1 && r + 1 < tokens.Count && Word(text, tokens[r]) is "of" && tokens[r + 1].Kind == TokenKind.Word &&
                    Word(text, tokens[r + 1]) is "staff" or "communications" or "operations" or "policy" or "strategy" or "research")
                {
                    lastRole = r + 1;
                    r += 2;
                }
            }
            // "Obama's first five questioners": the owner's group is the speaker
            if (lastRole <= end)
            {
                for (var g = end + 1; g < r; g++)
                {
                    var plural = Word(text, tokens[g]);
                    if (plural.Length > 5 && (plural.EndsWith("ers", StringComparison.Ordinal) || plural.EndsWith("ors", StringComparison.Ordinal) ||
                                              plural.EndsWith("ists", StringComparison.Ordinal) || plural.EndsWith("ants", StringComparison.Ordinal)))
                    {
                        mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[g].End), MentionKind.Description, tokens[i].Start, false);
                        return g + 1;
                    }
                }
            }
            if (lastRole > end)
            {
                // "Ruiz’s top budget adviser Tom Baker": the name after the role is the speaker
                var n = lastRole + 1;
                while (n < tokens.Count && IsNameWord(text, tokens, n) && IsCapitalized(Word(text, tokens[n])))
                    n++;
                if (n > lastRole + 1 && (FirstNames.IsFirstName(Word(text, tokens[lastRole + 1])) || n - lastRole > 2))
                {
                    mention = MakeName(text, tokens, i, n);
                    return n;
                }
                mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[lastRole].End), MentionKind.Description, tokens[i].Start, false);
                return lastRole + 1;
            }
        }
        // "Cruz himself"
        if (end < tokens.Count && Word(text, tokens[end]) is "himself" or "herself" or "themselves" or "itself")
        {
            mention = mention with { Span = TextSpan.FromBounds(mention.Span.Start, tokens[end].End) };
            return end + 1;
        }
        // "George Zornick of The Nation": a person of a body or place
        if (!mention.IsOrganization && end + 1 < tokens.Count && Word(text, tokens[end]) is "of" && tokens[end + 1].Kind == TokenKind.Word)
        {
            var o = end + 1;
            if (Word(text, tokens[o]) is "the" or "The")
                o++;
            // "of the non-partisan …", "of digital consulting firm IMGE": a few lower-case words before the body's name
            var lower = o;
            while (lower < tokens.Count && lower - o < 3 && tokens[lower].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[lower])) &&
                   !IsPhraseBreak(Word(text, tokens[lower])) && !SpeechVerbs.IsCue(Word(text, tokens[lower])) && !IsDeterminer(Word(text, tokens[lower])) &&
                   !IsPronoun(Word(text, tokens[lower])) && !IsAdverbLike(Word(text, tokens[lower])))
                lower++;
            if (lower > o && lower < tokens.Count && IsNameWord(text, tokens, lower) && IsCapitalized(Word(text, tokens[lower])))
                o = lower;
            var oe = o;
            while (oe < tokens.Count && IsNameWord(text, tokens, oe) && IsCapitalized(Word(text, tokens[oe])))
                oe++;
            // "of the New York delegation": the body's own noun after its name
            if (oe > o && oe < tokens.Count && tokens[oe].Kind == TokenKind.Word && (IsOrganizationHead(Word(text, tokens[oe])) ||
                Word(text, tokens[oe]) is "delegation" or "office" or "team" or "council" or "board" or "chapter" or "caucus" or "bureau"))
                oe++;
            if (oe > o)
            {
                mention = mention with { Span = TextSpan.FromBounds(mention.Span.Start, tokens[oe - 1].End), NameEnd = mention.Span.End };
                return oe;
            }
        }
        return end;
    }

    /// "the mayor’s chief of staff Tom Baker", "the Post’s Dana Milbank": a description that ends in a role or an
    /// owner and then the person's name is that person.
    private static bool RoleThenName(string text, List<Token> tokens, int i, int last, out Mention mention)
    {
        mention = default;
        if (tokens[last].Kind != TokenKind.Word || !IsCapitalized(Word(text, tokens[last])) || !IsNameWord(text, tokens, last))
            return false;
        var run = last;
        while (run - 1 > i && tokens[run - 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[run - 1])) && IsNameWord(text, tokens, run - 1))
            run--;
        if (run - 1 <= i || !(tokens[run - 1].Kind == TokenKind.Possessive ||
                              (tokens[run - 1].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[run - 1])) && !IsPhraseBreak(Word(text, tokens[run - 1])) && !IsDeterminer(Word(text, tokens[run - 1])))) ||
            !(FirstNames.IsFirstName(Word(text, tokens[run])) || last > run))
            return false;
        mention = MakeName(text, tokens, i, last + 1);
        return true;
    }

    public static bool LooksLikePastVerb(ReadOnlySpan<char> w) =>
        (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) ||
        w is "sent" or "made" or "gave" or "took" or "went" or "came" or "put" or "held" or "met" or "left" or "spent" or "won"
            or "lost" or "ran" or "began" or "got" or "found" or "saw" or "knew" or "kept" or "brought" or "bought" or "paid"
            or "set" or "led" or "hit" or "cut" or "let" or "sat" or "stood" or "became" or "did" or "drew" or "fell" or "felt"
            or "heard" or "meant" or "sought" or "spoke" or "struck" or "taught" or "thought" or "threw" or "understood";

    /// "the GOP presidential candidate": lower-case modifiers and a role noun after a capitalised word.
    private static bool ModifiesRoleNoun(string text, List<Token> tokens, int e)
    {
        for (var r = e; r < tokens.Count && r - e < 4 && tokens[r].Kind == TokenKind.Word; r++)
        {
            var w = Word(text, tokens[r]);
            if (IsCapitalized(w))
                return false;
            if (NameLexicon.IsRoleNoun(w))
                return true;
            if (!IsModifier(w))
                return false;
        }
        return false;
    }

    /// "the state audit report said": a noun that is also a cue verb, inside a phrase that a verb follows.
    private static bool IsCueNounInPhrase(string text, List<Token> tokens, int j)
    {
        if (Word(text, tokens[j]) is not ("state" or "report" or "reports" or "post" or "tweet" or "note" or "claim" or "claims" or "charge" or "charges" or "call" or "statement" or "answer" or "reply" or "warning"))
            return false;
        if (j + 1 >= tokens.Count || tokens[j + 1].Kind != TokenKind.Word)
            return false;
        var next = Word(text, tokens[j + 1]);
        if (SpeechVerbs.IsCue(next))
            return !next.EndsWith("ing", StringComparison.Ordinal) && !IsCueNounInPhrase(text, tokens, j + 1);
        return !IsCapitalized(next) && !IsPhraseBreak(next) && !IsDeterminer(next) && !IsPronoun(next) && !IsAdverbLike(next) && next is not "that";
    }

    private static int ParseDescriptionForward(string text, List<Token> tokens, int i, out Mention mention)
    {
        mention = default;
        var j = i + 1;
        // "the Northfield Gazette last week": a name with its article ends where the capitals end
        if (j < tokens.Count && tokens[j].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[j])) && IsNameWord(text, tokens, j) &&
            Word(text, tokens[i]) is "the" or "The")
        {
            var e = j;
            while (e < tokens.Count && IsNameWord(text, tokens, e) && IsCapitalized(Word(text, tokens[e])))
                e++;
            // "The Rove ad hits …": a name qualifying a document or a group is part of the description
            if (e + 1 < tokens.Count && tokens[e].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[e])) && Word(text, tokens[e]) is "ad" or "campaign" or "report" or "memo" or "letter" or "study" or "poll" &&
                (tokens[e + 1].Kind == TokenKind.Punct || LooksLikeThirdPersonVerb(Word(text, tokens[e + 1]))))
            {
                mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[e].End), MentionKind.Description, tokens[i].Start, true);
                return e + 1;
            }
            if (!ModifiesRoleNoun(text, tokens, e) && !(e < tokens.Count && tokens[e].Kind == TokenKind.Possessive))
            {
                mention = MakeName(text, tokens, i, e);
                return e;
            }
        }
        var lastContent = -1;
        while (j < tokens.Count && j - i <= MaxDescriptionTokens)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Possessive)
            {
                j++;
                continue;
            }
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
                break;
            var w = Word(text, t);
            // "a voice over says": the narrator of an ad
            if (w is "over" && lastContent == j - 1 && Word(text, tokens[lastContent]) is "voice")
            {
                lastContent = j++;
                continue;
            }
            if (IsPhraseBreak(w) || (SpeechVerbs.IsCue(w) && !IsCueNounInPhrase(text, tokens, j)) || IsPronoun(w) || IsAdverbLike(w) || w is "always" or "never" or "already")
                break;
            // "The book accuses Bob of …": a verb of attribution after the noun ends the phrase
            if (lastContent == j - 1 && lastContent > i && !IsCapitalized(w) && SpeechVerbs.IsAttributionWord(w) &&
                (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) &&
                w is not ("quotes" or "promises" or "speeches" or "messages" or "notes" or "statements" or "interviews" or "remarks"))
                break;
            // "the city council released a statement", "a spokesman for the firm declined to comment", "the email went on":
            // a past-tense verb followed by its object or a particle ends the phrase
            if (lastContent == j - 1 && lastContent > i && LooksLikePastVerb(w) && j + 1 < tokens.Count &&
                (tokens[j + 1].Kind == TokenKind.Punct || tokens[j + 1].Kind == TokenKind.Word && (IsDeterminer(Word(text, tokens[j + 1])) ||
                    Word(text, tokens[j + 1]) is "to" or "on" or "that" or "up" or "out" or "in" or "it" or "him" or "her" or "them")))
                break;
            // "the GOP presidential candidate sent …", "an angry Ana Ruiz retaliated": a verb after the role noun or the name ends the phrase
            if (lastContent == j - 1 && lastContent > i && !IsCapitalized(w) && !IsModifier(w) && LooksLikePastVerb(w) && tokens[lastContent].Kind == TokenKind.Word &&
                (NameLexicon.IsRoleNoun(Word(text, tokens[lastContent])) && !IsCapitalized(Word(text, tokens[lastContent])) || IsCapitalized(Word(text, tokens[lastContent]))))
                break;
            lastContent = j;
            j++;
        }
        if (lastContent < 0)
            return -1;
        var end = lastContent + 1;
        var head = Word(text, tokens[lastContent]);
        if (RoleThenName(text, tokens, i, lastContent, out mention))
            return end;
        // "a Wednesday editorial in The Tulsa World", "a user from Hanover": a place or publisher with a name
        if (!IsCapitalized(head) && end + 1 < tokens.Count && Word(text, tokens[end]) is "in" or "from" or "at" or "of" or "for")
        {
            var o = end + 1;
            if (Word(text, tokens[o]) is "the" or "The" && o + 1 < tokens.Count)
                o++;
            var oe = o;
            while (oe < tokens.Count && IsNameWord(text, tokens, oe) && IsCapitalized(Word(text, tokens[oe])))
                oe++;
            if (oe > o && (oe >= tokens.Count || tokens[oe].Kind != TokenKind.Word || SpeechVerbs.IsCue(Word(text, tokens[oe])) || IsPhraseBreak(Word(text, tokens[oe]))))
            {
                mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[oe - 1].End), MentionKind.Description, tokens[i].Start, IsOrganizationHead(head));
                return oe;
            }
        }
        // "the base chief known as Bob": the name the description goes by
        if (Word(text, tokens[lastContent]) is "known" && end + 1 < tokens.Count && Word(text, tokens[end]) is "as" && IsNameWord(text, tokens, end + 1) &&
            IsCapitalized(Word(text, tokens[end + 1])))
        {
            var n = end + 1;
            while (n < tokens.Count && IsNameWord(text, tokens, n) && IsCapitalized(Word(text, tokens[n])))
                n++;
            var named = MakeName(text, tokens, end + 1, n);
            mention = named with { Span = TextSpan.FromBounds(tokens[i].Start, tokens[n - 1].End) };
            return n;
        }
        // "a Mexican official who was not authorized to speak publicly": the relative clause describes the speaker
        if (!IsCapitalized(head) && end < tokens.Count && Word(text, tokens[end]) is "who" or "whose")
        {
            var r = end + 1;
            var last = -1;
            while (r < tokens.Count && r - end < 20 && tokens[r].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Possessive)
                last = r++;
            if (last > end && (r >= tokens.Count || tokens[r].Kind != TokenKind.QuoteMark))
            {
                mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[last].End), MentionKind.Description, tokens[i].Start, IsOrganizationHead(head));
                return last + 1;
            }
        }
        // "one Democratic source on the panel", "a narrator in the Clinton ad": a place the description is in, up to the cue or the end
        if (!IsCapitalized(head) && end + 1 < tokens.Count && Word(text, tokens[end]) is "in" or "on")
        {
            var q = end + 1;
            while (q < tokens.Count && q - end <= 5 && tokens[q].Kind is TokenKind.Word or TokenKind.Possessive && !SpeechVerbs.IsCue(Word(text, tokens[q])) &&
                   (q == end + 1 || !IsPhraseBreak(Word(text, tokens[q]))))
                q++;
            if (q > end + 1 && (q >= tokens.Count || tokens[q].Kind == TokenKind.Punct && text[tokens[q].Start] is '.' or ',' ||
                                tokens[q].Kind == TokenKind.Word && SpeechVerbs.IsCue(Word(text, tokens[q]))))
            {
                mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[q - 1].End), MentionKind.Description, tokens[i].Start, IsOrganizationHead(head));
                return q;
            }
        }
        if (!IsCapitalized(head) && end < tokens.Count && (NameLexicon.IsRoleNoun(head) || head is "familiar" or "close" or "loyal" or "near"))
        {
            var p = end;
            if (p + 1 < tokens.Count && Word(text, tokens[p]) is "close" or "familiar" or "near" or "loyal")
                p++;
            if (head is "familiar" or "close" or "loyal" or "near")
                head = Word(text, tokens[lastContent - 1 >= i ? lastContent - 1 : lastContent]);
            if (p < tokens.Count && Word(text, tokens[p]) is "for" or "of" or "at" or "with" or "to" or "from")
            {
                var q = p + 1;
                var pe = -1;
                while (q < tokens.Count && q - p <= 7 && tokens[q].Kind is TokenKind.Word or TokenKind.Possessive or TokenKind.Number)
                {
                    var qw = Word(text, tokens[q]);
                    if (tokens[q].Kind == TokenKind.Word && (SpeechVerbs.IsCue(qw) || ((IsPhraseBreak(qw) || (LooksLikePastVerb(qw) && !IsCapitalized(qw))) && q > p + 1) || IsAdverbLike(qw)))
                        break;
                    pe = q;
                    q++;
                }
                if (pe > p)
                {
                    if (RoleThenName(text, tokens, i, pe, out mention))
                        return pe + 1;
                    // "one owner of a shop that sells underwear who declined to be named": the relative clauses describe the speaker
                    var re = RelativeClauseEnd(text, tokens, pe + 1);
                    var last = re > pe + 1 ? re - 1 : pe;
                    mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[last].End), MentionKind.Description, tokens[i].Start, IsOrganizationHead(head));
                    return last + 1;
                }
            }
        }
        if (IsCapitalized(head) && !NameLexicon.IsNonName(head))
        {
            // "the White House", "The Wall Street Journal": a name with its article
            mention = MakeName(text, tokens, i, end);
            return end;
        }
        mention = new Mention(TextSpan.FromBounds(tokens[i].Start, tokens[lastContent].End), MentionKind.Description, tokens[i].Start, IsOrganizationHead(head));
        return end;
    }

    /// Reads a phrase that ends at token <paramref name="k"/>; returns the index of its first token, or -1.
    public static int ParseBackward(string text, List<Token> tokens, int k, out Mention mention)
    {
        mention = default;
        if (k < 0 || tokens[k].Kind != TokenKind.Word)
            return -1;
        var w = Word(text, tokens[k]);
        if (IsPronoun(w))
        {
            mention = new Mention(new TextSpan(tokens[k].Start, tokens[k].Length), MentionKind.Pronoun, tokens[k].Start, false);
            return k;
        }
        // "Sanders himself acknowledged"
        if (w is "himself" or "herself" or "themselves" or "itself" && k > 0)
        {
            var start = ParseBackward(text, tokens, k - 1, out var named);
            if (start >= 0 && named.Kind == MentionKind.Name)
            {
                mention = named with { Span = TextSpan.FromBounds(named.Span.Start, tokens[k].End), NameEnd = named.NameSpan.End };
                return start;
            }
            return -1;
        }
        if (IsCapitalized(w) && IsNameWord(text, tokens, k))
        {
            var b = ExtendNameBackward(text, tokens, k);
            // "A spokeswoman for the House Armed Services Committee": a description of a body
            if (b - 2 >= 0 && Word(text, tokens[b - 1]) is "for" or "of" or "at" or "with" && tokens[b - 2].Kind == TokenKind.Word &&
                !IsCapitalized(Word(text, tokens[b - 2])) && NameLexicon.IsRoleNoun(Word(text, tokens[b - 2])) &&
                ParseBackward(text, tokens, b - 2, out var described) >= 0 && described.Kind == MentionKind.Description)
            {
                mention = described with { Span = TextSpan.FromBounds(described.Span.Start, tokens[k].End) };
                return IndexAt(tokens, described.Span.Start, 0);
            }
            // "Supporters of Mayor Ana Ruiz": a group of a person or a body, opening the sentence
            if (DescribedGroupBefore(text, tokens, b, k, out var group) is var g and >= 0)
            {
                mention = group;
                return g;
            }
            // "CBC Chairman G.K. Butterfield of North Carolina": a person "of" a place or body
            if (b - 2 >= 0 && Word(text, tokens[b - 1]) is "of" && tokens[b - 2].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[b - 2])) && IsNameWord(text, tokens, b - 2))
            {
                var b0 = ExtendNameBackward(text, tokens, b - 2);
                var person = MakeName(text, tokens, b0, b - 1);
                if (!person.IsOrganization && (FirstNames.IsFirstName(Word(text, tokens[IndexAt(tokens, person.NameStart, b0)])) || HasTitle(text, tokens, b0, b - 1)))
                {
                    mention = person with { Span = TextSpan.FromBounds(person.Span.Start, tokens[k].End), NameEnd = person.Span.End };
                    return b0;
                }
                // "Archbishop Tom Reed of the Armenian Church of Tulsa": a body of a place, and a person of that body
                if (person.IsOrganization && b0 - 2 >= 0 && Word(text, tokens[b0 - 1]) is "of" && tokens[b0 - 2].Kind == TokenKind.Word &&
                    IsCapitalized(Word(text, tokens[b0 - 2])) && ParseBackward(text, tokens, b0 - 2, out var member) is var mb and >= 0 &&
                    member.Kind == MentionKind.Name && !member.IsOrganization)
                {
                    mention = member with { Span = TextSpan.FromBounds(member.Span.Start, tokens[k].End), NameEnd = member.NameSpan.End };
                    return mb;
                }
            }
            mention = MakeName(text, tokens, b, k + 1);
            return b;
        }
        if (IsCapitalized(w) || tokens[k].Kind != TokenKind.Word || IsPhraseBreak(w) || IsDeterminer(w) || IsAdverbLike(w))
            return -1;
        // a description: back to its determiner, or to an owner ("Santilli's attorney")
        for (var b = k; b >= 0 && k - b <= MaxDescriptionTokens; b--)
        {
            var t = tokens[b];
            if (t.Kind == TokenKind.Possessive)
            {
                if (b - 1 >= 0 && tokens[b - 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[b - 1])) && b < k)
                {
                    var owner = b - 1;
                    while (owner - 1 >= 0 && tokens[owner - 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[owner - 1])) && !NameLexicon.IsNonName(Word(text, tokens[owner - 1])))
                        owner--;
                    if (owner - 1 >= 0 && Word(text, tokens[owner - 1]) is "the" or "The")
                        owner--;
                    mention = new Mention(TextSpan.FromBounds(tokens[owner].Start, tokens[k].End), MentionKind.Description, tokens[owner].Start, IsOrganizationHead(w));
                    return owner;
                }
                continue;
            }
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
                break;
            var bw = Word(text, t);
            if (IsDeterminer(bw) || (b < k && bw is "his" or "her" or "their" or "its" or "His" or "Her" or "Their" or "Its"))
            {
                if (b == k)
                    return -1;
                // "proponents of the new bill", "a source familiar with the mayor’s thinking"
                if (DescribedGroupBefore(text, tokens, b, k, out var group) is var g and >= 0)
                {
                    mention = group;
                    return g;
                }
                mention = new Mention(TextSpan.FromBounds(t.Start, tokens[k].End), MentionKind.Description, t.Start, IsOrganizationHead(w));
                return b;
            }
            if (b < k && (SpeechVerbs.IsCue(bw) || IsPronoun(bw) || IsPhraseBreak(bw) || bw.EndsWith("n\u2019t", StringComparison.Ordinal) || bw.EndsWith("n't", StringComparison.Ordinal)))
                break;
        }
        // bare plurals and roles: "officials said", "aides say"
        if (NameLexicon.IsRoleNoun(w) && w.Length > 3)
        {
            var b = k;
            while (b - 1 >= 0 && k - b < 3 && tokens[b - 1].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[b - 1])) &&
                   NameLexicon.IsRoleNoun(Word(text, tokens[b - 1])))
                b--;
            // "Ruiz supporters", "Legal observers": capitalised words that qualify the group
            var q = b;
            while (q - 1 >= 0 && b - q < 2 && tokens[q - 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[q - 1])) &&
                   !IsPronoun(Word(text, tokens[q - 1])) && !SpeechVerbs.IsCueIgnoringCase(Word(text, tokens[q - 1])) && !IsDeterminer(Word(text, tokens[q - 1])) &&
                   !NameLexicon.IsTitle(Word(text, tokens[q - 1])))
                q--;
            if (q < b && (q == 0 || tokens[q - 1].Kind != TokenKind.Word || !IsCapitalized(Word(text, tokens[q - 1]))))
                b = q;
            mention = new Mention(TextSpan.FromBounds(tokens[b].Start, tokens[k].End), MentionKind.Description, tokens[b].Start, IsOrganizationHead(w));
            return b;
        }
        return -1;
    }

    /// Start of a name that ends at token <paramref name="k"/>, with the titles, roles and affiliations written
    /// before it: "Clinton’s top foreign policy aide Jake Sullivan", "Senate minority leader Harry Reid".
    private static int ExtendNameBackward(string text, List<Token> tokens, int k)
    {
        var b = k;
        while (b - 1 >= 0)
        {
            var t = tokens[b - 1];
            if (IsNameWord(text, tokens, b - 1) || IsRoleBeforeName(text, tokens, b - 1))
            {
                b--;
                continue;
            }
            var first = Word(text, tokens[b]);
            var inRolePrefix = !IsCapitalized(first) || NameLexicon.IsTitle(first) || (b < k && NameLexicon.IsTitle(Word(text, tokens[b + 1])));
            if (t.Kind == TokenKind.Word && IsModifier(Word(text, t)) && inRolePrefix)
            {
                b--;
                continue;
            }
            // "Trump's senior communications adviser Jason Miller", "Twitter's Adam Sharp"
            if (t.Kind == TokenKind.Possessive && b - 2 >= 0 && tokens[b - 2].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[b - 2])) &&
                !NameLexicon.IsNonName(Word(text, tokens[b - 2])))
            {
                b -= 2;
                while (b - 1 >= 0 && tokens[b - 1].Kind == TokenKind.Word && IsCapitalized(Word(text, tokens[b - 1])) && !NameLexicon.IsNonName(Word(text, tokens[b - 1])))
                    b--;
                break;
            }
            // "Secretary of State John F. Kerry"
            if (b - 2 >= 0 && Word(text, t) is "of" && NameLexicon.IsTitle(Word(text, tokens[b])) && NameLexicon.IsTitle(Word(text, tokens[b - 2])))
            {
                b -= 2;
                continue;
            }
            // "screenwriter Cole Haddon", "famed fight doctor …", "a defensive Obama": words that describe the person
            if (t.Kind == TokenKind.Word && IsDescriptiveWord(Word(text, t)) &&
                (!IsCapitalized(first) || FirstNames.IsFirstName(first) || (b == k && IsRoleWord(Word(text, t)))))
            {
                b--;
                continue;
            }
            break;
        }
        // "the White House", "The Wall Street Journal"
        if (b - 1 >= 0 && Word(text, tokens[b - 1]) is "the" or "The")
            b--;
        while (b < k && tokens[b].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[b])) && !NameLexicon.IsRoleNoun(Word(text, tokens[b])) &&
               !IsModifier(Word(text, tokens[b])) && Word(text, tokens[b]) is not ("the" or "former" or "ex") && !NameLexicon.IsParticle(Word(text, tokens[b])) &&
               !IsDescriptiveWord(Word(text, tokens[b])))
            b++; // "de Blasio", "dos Santos" keep their particle
        // "A defensive Obama": the article of a described name
        if (b - 1 >= 0 && b < k && !IsCapitalized(Word(text, tokens[b])) && Word(text, tokens[b - 1]) is "A" or "An" or "a" or "an")
            b--;
        // "Continued Stone:" — a capitalised cue opening the sentence is not part of the name
        while (b < k && IsCapitalized(Word(text, tokens[b])) && SpeechVerbs.IsCueIgnoringCase(Word(text, tokens[b])))
            b++;
        return b;
    }

    /// Lower-case words that qualify a role: "presidential", "minority", "senior", "organizing".
    public static bool IsModifier(ReadOnlySpan<char> w) =>
        NameLexicon.IsRoleNoun(w) || w is "presidential" or "minority" or "majority" or "senior" or "former" or "top" or "chief"
            or "deputy" or "national" or "political" or "organizing" or "communications" or "press" or "foreign" or "policy"
            or "legal" or "general" or "executive" or "longtime" or "veteran" or "conservative" or "liberal" or "progressive"
            or "democratic" or "republican" or "independent" or "state" or "federal" or "local" or "county" or "city"
            or "retired" or "current" or "acting" or "interim" or "founding" or "co-founder" or "presumptive" or "rival"
            or "fellow" or "assistant" or "associate" or "regional" or "international" or "digital" or "junior" or "lead"
            or "principal" or "managing" or "financial" or "economic" or "military" or "intelligence" or "security"
            or "defense" or "domestic" or "public" or "private" or "vice" or "co-chair" or "co-chairman" or "research"
            or "data" or "senate" or "house" or "campaign" or "field" or "outreach" or "finance" or "finance" or "union"
            or "party" or "portfolio" or "investment" or "fund" or "hedge" or "business" or "marketing" or "media"
            or "white" or "black" or "hispanic" or "latino" or "evangelical" or "gop" or "pro-life" or "anti-abortion";

    /// Adverbs ("recently", "angrily") end a noun phrase; a few nouns end in -ly too.
    public static bool IsAdverbLike(ReadOnlySpan<char> w) =>
        w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]) &&
        w is not ("family" or "ally" or "rally" or "assembly" or "supply" or "reply" or "anomaly" or "monopoly" or "elderly" or "early" or "friendly" or "weekly" or "daily" or "monthly" or "quarterly");

    /// Index of the token that starts at <paramref name="start"/>, searching from <paramref name="from"/>; <paramref name="from"/> when none does.
    public static int IndexAt(List<Token> tokens, int start, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (tokens[i].Start == start)
                return i;
        }
        return from;
    }

    private static bool HasTitle(string text, List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (NameLexicon.IsTitle(Word(text, tokens[i])) && IsCapitalized(Word(text, tokens[i])))
                return true;
        }
        return false;
    }

    /// A lower-case word that can describe a person before the name (an adjective or a noun), not a verb, a function
    /// word or an adverb.
    private static bool IsDescriptiveWord(ReadOnlySpan<char> w) =>
        w.Length > 2 && !IsCapitalized(w) && char.IsLetter(w[0]) && !IsPhraseBreak(w) && !IsDeterminer(w) && !IsPronoun(w) && !IsAdverbLike(w) &&
        !SpeechVerbs.IsAttributionWord(w) && !LooksLikePastVerb(w) && !w.EndsWith("ing", StringComparison.Ordinal) &&
        w is not ("and" or "or" or "but" or "not" or "than" or "said" or "says" or "told" or "also" or "just" or "only" or "even" or "very" or "new"
            or "although" or "though" or "whereas" or "what" or "whom" or "whose" or "whether" or "unless" or "until" or "how" or "why"
            or "once" or "because" or "like" or "unlike" or "per" or "against" or "among" or "amid" or "toward" or "towards" or "upon");

    /// "campaign manager" in "campaign manager Robby Mook": lower-case role words directly before a name.
    private static bool IsRoleBeforeName(string text, List<Token> tokens, int i)
    {
        var t = tokens[i];
        return t.Kind == TokenKind.Word && NameLexicon.IsRoleNoun(Word(text, t)) && !IsCapitalized(Word(text, t)) &&
               i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word &&
               (IsCapitalized(Word(text, tokens[i + 1])) || NameLexicon.IsRoleNoun(Word(text, tokens[i + 1])));
    }

    private static Mention MakeName(string text, List<Token> tokens, int from, int to)
    {
        var span = TextSpan.FromBounds(tokens[from].Start, tokens[to - 1].End);
        var nameStart = from;
        for (var x = from; x < to; x++)
        {
            var w = Word(text, tokens[x]);
            if (NameLexicon.IsTitle(w) || !IsCapitalized(w) || w is "the" or "The")
                nameStart = x + 1;
            else if (FirstNames.IsFirstName(w))
            {
                // "Reporter Ana Ruiz", "Chef Tom Reed": a capitalised role before the given name
                if (x > nameStart && x - nameStart <= 2 && IsCapitalizedRole(text, tokens, nameStart, x))
                    nameStart = x;
                break;
            }
        }
        // never leave the name empty: "the President" is a title used as a name
        if (nameStart >= to)
            nameStart = to - 1;
        var head = Word(text, tokens[to - 1]);
        var isOrg = IsOrganizationHead(head) || IsAcronym(head) ||
                    (Word(text, tokens[from]) is "the" or "The" && from + 1 < to && IsCapitalized(Word(text, tokens[from + 1])) && !NameLexicon.IsTitle(Word(text, tokens[from + 1])));
        if (FirstNames.IsFirstName(Word(text, tokens[nameStart])) && to - nameStart >= 2)
            isOrg = false;
        return new Mention(span, MentionKind.Name, tokens[nameStart].Start, isOrg);
    }

    /// "Supporters of …", "proponents of …", "a source familiar with …": the group or role before "of", "for" or "with"
    /// that the phrase starting at <paramref name="b"/> completes; returns its first token, or -1.
    private static int DescribedGroupBefore(string text, List<Token> tokens, int b, int k, out Mention mention)
    {
        mention = default;
        if (b - 2 < 0 || tokens[b - 1].Kind != TokenKind.Word || Word(text, tokens[b - 1]) is not ("of" or "for" or "with") || tokens[b - 2].Kind != TokenKind.Word)
            return -1;
        var r = b - 2;
        if (Word(text, tokens[r]) is "familiar" or "close" && r - 1 >= 0 && tokens[r - 1].Kind == TokenKind.Word)
            r--;
        var role = Word(text, tokens[r]);
        if (!IsRoleWord(role) && !(role.Length > 3 && !IsCapitalized(role) && role.EndsWith("ents", StringComparison.Ordinal)))
            return -1; // "proponents", "opponents", "residents"
        var start = r;
        while (start - 1 >= 0 && r - start < 3 && tokens[start - 1].Kind == TokenKind.Word && !IsCapitalized(Word(text, tokens[start - 1])) &&
               !IsPhraseBreak(Word(text, tokens[start - 1])) && !SpeechVerbs.IsCue(Word(text, tokens[start - 1])) && !IsPronoun(Word(text, tokens[start - 1])))
        {
            start--;
            if (IsDeterminer(Word(text, tokens[start])))
                break;
        }
        if (start - 1 >= 0 && tokens[start - 1].Kind == TokenKind.Word && Word(text, tokens[start - 1]) is "Another" or "A" or "An" or "The" or "One")
            start--;
        mention = new Mention(TextSpan.FromBounds(tokens[start].Start, tokens[k].End), MentionKind.Description, tokens[start].Start, IsOrganizationHead(role));
        return start;
    }

    private static bool IsCapitalizedRole(string text, List<Token> tokens, int from, int to)
    {
        for (var x = from; x < to; x++)
        {
            if (!IsRoleWord(Word(text, tokens[x])))
                return false;
        }
        return true;
    }

    /// "ally" in "Clinton ally James Carville", but not a verb between two names ("Hillary Clinton accuses Bernie Sanders").
    private static bool MayStandBetweenNames(ReadOnlySpan<char> w) =>
        !IsCapitalized(w) && !IsPhraseBreak(w) && !IsDeterminer(w) && !SpeechVerbs.IsCue(w) && !IsAdverbLike(w) && !SpeechVerbs.IsAttributionWord(w) &&
        (NameLexicon.IsRoleNoun(w) || !LooksLikePastVerb(w) && !(w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)));

    /// "Laurence H. Tribe": a span that is a person's name, from a given name on, in two to four capitalised words.
    public static bool LooksLikePersonName(string text, TextSpan span)
    {
        if (span.IsEmpty || span.Length > 60)
            return false;
        var s = text.AsSpan(span.Start, span.Length);
        var words = 0;
        foreach (var range in s.Split(' '))
        {
            var w = s[range];
            if (w.IsEmpty)
                continue;
            if (!char.IsUpper(w[0]) || (words > 0 && NameLexicon.IsNonName(w)))
                return false;
            words++;
        }
        return words is >= 2 and <= 4 && FirstNames.IsFirstName(s[..s.IndexOf(' ')]);
    }

    /// "hits", "claims", "says": a lower-case verb in the third person singular (a heuristic: an "s" ending that is not "ss").
    private static bool LooksLikeThirdPersonVerb(ReadOnlySpan<char> w) =>
        w.Length > 3 && char.IsLower(w[0]) && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && !IsPhraseBreak(w);

    /// After a description that ends before <paramref name="at"/>: the end of the relative clause ("that sells …", "who declined
    /// …") that runs to the end of the sentence, or <paramref name="at"/> when there is none or it runs into a quote.
    private static int RelativeClauseEnd(string text, List<Token> tokens, int at)
    {
        if (at >= tokens.Count || Word(text, tokens[at]) is not ("who" or "that" or "whose"))
            return at;
        var r = at + 1;
        while (r < tokens.Count && r - at < 24 && tokens[r].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Possessive)
        {
            if (tokens[r].Kind == TokenKind.Word && SpeechVerbs.IsStrongCue(Word(text, tokens[r])))
                return at;
            r++;
        }
        return r > at + 1 && (r >= tokens.Count || tokens[r].Kind == TokenKind.Punct && text[tokens[r].Start] is '.' or ',') ? r : at;
    }

    /// The index of the name after lower-case words, numbers and slashes that end in a role noun, or -1.
    private static int RolePrefixEnd(string text, List<Token> tokens, int i)
    {
        var r = i;
        while (r < tokens.Count && r - i < 6)
        {
            var t = tokens[r];
            if (t.Kind == TokenKind.Number || (t.Kind == TokenKind.Punct && text[t.Start] is '/' or '-'))
            {
                r++;
                continue;
            }
            if (t.Kind != TokenKind.Word)
                break;
            var w = Word(text, t);
            if (IsCapitalized(w) || IsPhraseBreak(w) || IsDeterminer(w) || IsPronoun(w) || SpeechVerbs.IsCue(w) || IsAdverbLike(w) ||
                w.EndsWith("ing", StringComparison.Ordinal) || LooksLikePastVerb(w))
                break;
            r++;
        }
        if (r == i || r + 1 >= tokens.Count || tokens[r - 1].Kind != TokenKind.Word || !IsRoleWord(Word(text, tokens[r - 1])) || IsModifier(Word(text, tokens[r - 1])) ||
            !IsCapitalized(Word(text, tokens[r])) || !IsNameWord(text, tokens, r))
            return -1;
        return FirstNames.IsFirstName(Word(text, tokens[r])) || (IsNameWord(text, tokens, r + 1) && IsCapitalized(Word(text, tokens[r + 1]))) ? r : -1;
    }

    /// "Reporter", "Chef", "Coach": a role noun in any case, as written before a person's name.
    public static bool IsRoleWord(ReadOnlySpan<char> w)
    {
        if (w.Length > 32)
            return false;
        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        return NameLexicon.IsRoleNoun(lower) || lower is "chef" or "coach" or "reporter" or "officer" or "pastor" or "rabbi" or "farmer" or "nurse" or
            "teacher" or "author" or "singer" or "actor" or "actress" or "host" or "widow" or "widower" or "veteran" or "survivor";
    }

    public static bool IsOrganizationHead(ReadOnlySpan<char> w) =>
        NameLexicon.IsOrganizationWord(w) || w is "campaign" or "committee" or "group" or "organization" or "company" or
            "agency" or "department" or "administration" or "government" or "party" or "report" or "study" or "statement" or
            "ad" or "letter" or "memo" or "lawsuit" or "complaint" or "filing" or "survey" or "poll" or "website" or "post" or
            "video" or "article" or "editorial" or "release" or "tweet" or "newspaper" or "paper" or "network" or "outlet" or
            "magazine" or "site" or "blog" or "foundation" or "office" or "team" or "board" or "council" or "court" or
            "ruling" or "document" or "documents" or "analysis" or "bill" or "plan" or "proposal" or "platform" or "group's";

    public static bool IsAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > 6)
            return false;
        var letters = 0;
        foreach (var c in w)
        {
            if (!char.IsUpper(c) && c != '.' && c != '&')
                return false;
            if (char.IsUpper(c))
                letters++;
        }
        return letters >= 2;
    }
}
