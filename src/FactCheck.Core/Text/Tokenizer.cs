namespace FactCheck.Core.Text;

/// Splits a window of text into words, numbers and punctuation. Used around quotes and cues only, never over a whole text.
internal static class Tokenizer
{
    /// <summary>Tokenizes [<paramref name="from"/>, <paramref name="to"/>); with <paramref name="stopAtSentenceEnd"/>,
    /// stops after the first period, question or exclamation mark that is not part of a word.</summary>
    public static void Tokenize(string text, int from, int to, List<Token> into, bool stopAtSentenceEnd = false)
    {
        var s = text.AsSpan();
        var i = from;
        while (i < to)
        {
            var c = s[i];
            if (CharKinds.IsSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsDigit(c))
            {
                var e = i + 1;
                while (e < to && (char.IsDigit(s[e]) || (s[e] is ',' or '.' && e + 1 < to && char.IsDigit(s[e + 1]))))
                    e++;
                // "34-year-old", "1990s": digits that run into letters are one word
                if (e < to && (char.IsLetter(s[e]) || (s[e] == '-' && e + 1 < to && char.IsLetterOrDigit(s[e + 1]))))
                {
                    e = WordEnd(s, e, to);
                    into.Add(new Token(i, e - i, TokenKind.Word));
                }
                else
                {
                    into.Add(new Token(i, e - i, TokenKind.Number));
                }
                i = e;
                continue;
            }
            if (char.IsLetter(c))
            {
                var e = WordEnd(s, i, to);
                // split off a possessive ’s or a plural possessive ’
                if (e - i > 2 && CharKinds.IsApostrophe(s[e - 2]) && s[e - 1] is 's' or 'S')
                {
                    into.Add(new Token(i, e - 2 - i, TokenKind.Word));
                    into.Add(new Token(e - 2, 2, TokenKind.Possessive));
                }
                else
                {
                    into.Add(new Token(i, e - i, TokenKind.Word));
                }
                i = e;
                if (i < to && CharKinds.IsApostrophe(s[i]) && s[i - 1] is 's' && (i + 1 >= to || !char.IsLetter(s[i + 1])))
                {
                    into.Add(new Token(i, 1, TokenKind.Possessive));
                    i++;
                }
                continue;
            }
            if (CharKinds.IsQuoteMark(c))
            {
                into.Add(new Token(i, 1, TokenKind.QuoteMark));
                i++;
                continue;
            }
            if (char.IsSurrogate(c) && i + 1 < to && char.IsSurrogatePair(c, s[i + 1]))
            {
                into.Add(new Token(i, 2, TokenKind.Punct));
                i += 2;
                continue;
            }
            into.Add(new Token(i, 1, TokenKind.Punct));
            i++;
            if (stopAtSentenceEnd && c is '.' or '?' or '!')
                return;
        }
    }

    /// End of a word starting at <paramref name="i"/>: letters and digits, joined by inner apostrophes, hyphens and
    /// periods (O’Neill, al-Sharia, U.S.); a final period is kept for abbreviations and initials (Sen., J.).
    private static int WordEnd(ReadOnlySpan<char> s, int i, int to)
    {
        var e = i;
        while (e < to)
        {
            var c = s[e];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                e++;
                continue;
            }
            if ((CharKinds.IsApostrophe(c) || c is '-' or '\u2010' or '\u2011' or '.' or '&') && e + 1 < to && char.IsLetterOrDigit(s[e + 1]))
            {
                e++;
                continue;
            }
            break;
        }
        if (e < to && s[e] == '.')
        {
            var word = s[i..e];
            var hyphen = word.LastIndexOf('-');
            // "(R-Wis.)", "D-Calif.": the part after the hyphen decides
            if (Abbreviations.Classify(word) != AbbreviationKind.None || (hyphen > 0 && Abbreviations.Classify(word[(hyphen + 1)..]) != AbbreviationKind.None))
                e++;
        }
        return e;
    }
}
