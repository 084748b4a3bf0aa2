using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// <summary>
/// Tells statements from terms. A quote with an attribution, or that opens its paragraph, is a statement. Without
/// one, a short quote is a term when it is a nickname between a given name and a surname (Dwayne “The Rock” Johnson),
/// follows a naming cue ("dubbed", "so-called", "the book"), is a title in Title Case, or is a scare quote of a few
/// words in a sentence that attributes nothing.
/// </summary>
internal static class QuoteClassifier
{
    public static QuoteKind Classify(string text, QuoteCandidate q, TextSpan paragraph, TextSpan sentence, bool attributed, bool followsStatement)
    {
        var inner = text.AsSpan(q.Inner.Start, q.Inner.Length);
        var words = CountWords(inner);
        var endsLikeSpeech = inner[^1] is '.' or ',' or '?' or '!' or '\u2026' or ';' or ':' or '\u2014' || q.RunsToParagraphEnd;

        if (IsNickname(text, q) && words <= 4)
            return QuoteKind.Term;
        if (words <= 8 && !endsLikeSpeech && FollowsNamingCue(text, q.Open, paragraph.Start, IsTitleCase(inner)))
            return QuoteKind.Term;
        if (attributed)
            return QuoteKind.Statement;
        if (q.Open == paragraph.Start && (words > 3 || endsLikeSpeech))
            return QuoteKind.Statement;
        if (followsStatement && (words > 3 || endsLikeSpeech))
            return QuoteKind.Statement;
        if (words <= 6 && !endsLikeSpeech && IsTitleCase(inner) && words >= 2)
            return QuoteKind.Term;
        if (words <= 3 && !endsLikeSpeech && !SentenceHasCue(text, sentence))
            return QuoteKind.Term;
        return QuoteKind.Statement;
    }

    public static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = !CharKinds.IsSpace(c);
            if (w && !inWord)
                count++;
            inWord = w;
        }
        return count;
    }

    private static bool IsTitleCase(ReadOnlySpan<char> s)
    {
        var capitalised = 0;
        var words = 0;
        var start = true;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (CharKinds.IsSpace(c))
            {
                start = true;
                continue;
            }
            if (!start)
                continue;
            start = false;
            if (!char.IsLetter(c))
                continue;
            words++;
            if (char.IsUpper(c))
            {
                capitalised++;
            }
            else
            {
                var e = i;
                while (e < s.Length && char.IsLetter(s[e]))
                    e++;
                var w = s[i..e];
                if (w is not ("of" or "the" or "and" or "a" or "an" or "in" or "on" or "to" or "for" or "with" or "at" or "by" or "or" or "from"))
                    return false;
            }
        }
        return words > 0 && capitalised > 0 && char.IsUpper(s[0]);
    }

    /// Dwayne “The Rock” Johnson: the quote sits between two capitalised words.
    private static bool IsNickname(string text, QuoteCandidate q)
    {
        if (q.Close < 0)
            return false;
        var before = q.Open - 1;
        while (before >= 0 && text[before] == ' ')
            before--;
        var after = q.Close + 1;
        while (after < text.Length && text[after] == ' ')
            after++;
        if (before < 0 || after >= text.Length || before == q.Open - 1 || after == q.Close + 1)
            return false;
        if (!char.IsLetter(text[before]) || !char.IsUpper(text[after]))
            return false;
        var ws = before;
        while (ws > 0 && char.IsLetter(text[ws - 1]))
            ws--;
        if (!char.IsUpper(text[ws]))
            return false;
        var word = text.AsSpan(ws, before + 1 - ws);
        return Names.FirstNames.IsFirstName(word) || (word.Length > 1 && !Names.NameLexicon.IsNonName(word) && Names.NameLexicon.IsTitle(word) is false && ws > 0 && char.IsUpper(text[ws]) && IsLikelyName(text, ws));
    }

    private static bool IsLikelyName(string text, int ws)
    {
        // the word before the nickname must not open the sentence
        var p = ws - 1;
        while (p >= 0 && text[p] == ' ')
            p--;
        return p >= 0 && (char.IsLetter(text[p]) || text[p] == ',');
    }

    private static bool FollowsNamingCue(string text, int open, int paragraphStart, bool titleCase)
    {
        var from = Math.Max(paragraphStart, open - 40);
        var before = text.AsSpan(from, open - from).TrimEnd();
        before = before.TrimEnd(':');
        before = before.TrimEnd();
        var ws = before.Length;
        while (ws > 0 && (char.IsLetter(before[ws - 1]) || before[ws - 1] == '-'))
            ws--;
        var word = before[ws..];
        if (word is "dubbed" or "nicknamed" or "titled" or "entitled" or "so-called" or "term" or "word" or "words" or "phrase"
            or "slogan" or "hashtag" or "headline" or "headlined" or "book" or "film" or "movie" or "documentary" or "song"
            or "album" or "series" or "show" or "program" or "programme" or "podcast" or "play" or "musical" or "episode"
            or "column" or "memoir" or "novel" or "poem" or "painting" or "magazine" or "newspaper" or "website" or "blog"
            or "tagline" or "motto" or "moniker" or "nickname" or "label" or "operation" or "Operation" or "brand" or "app")
            return true;
        if (word is "as" && before[..ws].TrimEnd().EndsWith("known", StringComparison.Ordinal))
            return true;
        return titleCase && word is "called" or "named" or "labeled" or "labelled" or "branded" or "on" or "of" or "in" or "watch" or "watched" or "read";
    }

    private static bool SentenceHasCue(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetter(s[i]))
                i++;
            var e = i;
            while (e < s.Length && char.IsLetter(s[e]))
                e++;
            if (e > i && SpeechVerbs.IsStrongCue(s[i..e]))
                return true;
            i = e;
        }
        return false;
    }
}
