using FactCheck.Core.Names;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// <summary>
/// Tells statements from terms. A quote is a statement when it is attributed (a cue next to it, or an attribution
/// word anywhere in its sentence: said, accused, dubbed, in a statement …), when it reads as speech (a sentence of
/// its own), when it follows a statement of the same paragraph, or when it stands in a headline. It is a term when
/// it is a nickname between a given name and a surname (Dwayne “The Rock” Johnson), a title in title position
/// (NBC’s “Meet the Press”, the film “Trainwreck”), or a few quoted words in a sentence that attributes nothing.
/// </summary>
internal static class QuoteClassifier
{
    public static QuoteKind Classify(string text, QuoteCandidate q, TextSpan paragraph, TextSpan sentence, Attribution? local, bool followsStatement)
    {
        var inner = text.AsSpan(q.Inner.Start, q.Inner.Length);
        var words = CountWords(inner);
        var bare = inner.TrimEnd(".,;:!?\u2026");
        var titleCase = IsTitleCase(bare);
        var adjacent = local is { Form: not AttributionForm.InSentence };

        if (words <= 4 && IsNickname(text, q))
            return QuoteKind.Term;
        if (titleCase && words <= 8 && (IsTitlePosition(text, q.Open, paragraph.Start, strongOnly: true) || NamesAWork(text, q, paragraph)
                || (words >= 2 && NamesAnOutletOrItsShow(bare))))
            return QuoteKind.Term;
        if (adjacent)
            return QuoteKind.Statement;
        if (titleCase && words <= 8 && IsTitlePosition(text, q.Open, paragraph.Start, strongOnly: false))
            return QuoteKind.Term;
        if (q.Open == paragraph.Start && words > 2)
            return QuoteKind.Statement;
        if (IsHeadline(text, paragraph))
            return QuoteKind.Statement;
        if (local is not null || followsStatement || q.RunsToParagraphEnd)
            return QuoteKind.Statement;
        if (words >= 2 && inner[^1] is '.' or '?' or '!' && !titleCase)
            return QuoteKind.Statement;
        if (words >= 7)
            return QuoteKind.Statement;
        return HasAttributionWord(text, sentence) ? QuoteKind.Statement : QuoteKind.Term;
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

    /// Every word capitalised except short function words: "Meet the Press", "Fox &amp; Friends".
    public static bool IsTitleCase(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !(char.IsUpper(s[0]) || char.IsDigit(s[0])))
            return false;
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
            if (!char.IsLetter(c) || char.IsUpper(c))
                continue;
            var e = i;
            while (e < s.Length && char.IsLetter(s[e]))
                e++;
            if (s[i..e] is not ("of" or "the" or "and" or "a" or "an" or "in" or "on" or "to" or "for" or "with" or "at" or "by" or "or" or "from" or "is" or "vs"))
                return false;
        }
        return true;
    }

    /// A short paragraph without final punctuation: a headline, whose quotes are nearly always someone's words.
    private static bool IsHeadline(string text, TextSpan paragraph)
    {
        if (paragraph.Length > 200)
            return false;
        var last = text[paragraph.End - 1];
        if (last is '.' or '?' or '!' && paragraph.Length > 120)
            return false;
        var span = text.AsSpan(paragraph.Start, paragraph.Length);
        var capitals = 0;
        var words = 0;
        var start = true;
        foreach (var c in span)
        {
            if (CharKinds.IsSpace(c))
            {
                start = true;
                continue;
            }
            if (start && char.IsLetter(c))
            {
                words++;
                if (char.IsUpper(c))
                    capitals++;
            }
            start = false;
        }
        return words >= 3 && capitals * 4 >= words * 3;
    }

    /// Dwayne “The Rock” Johnson: the quote sits between a given name and a capitalised word.
    private static bool IsNickname(string text, QuoteCandidate q)
    {
        if (q.Close < 0)
            return false;
        var before = q.Open - 1;
        if (before < 1 || text[before] != ' ')
            return false;
        var after = q.Close + 1;
        if (after + 1 >= text.Length || text[after] != ' ' || !char.IsUpper(text[after + 1]))
            return false;
        // Robert C. “Bobby” Scott: the given name stands before a middle initial.
        if (before >= 3 && text[before - 1] == '.' && char.IsUpper(text[before - 2]) && text[before - 3] == ' ')
            before -= 3;
        var ws = before;
        while (ws > 0 && char.IsLetter(text[ws - 1]))
            ws--;
        var word = text.AsSpan(ws, before - ws);
        return word.Length > 1 && char.IsUpper(word[0]) && (FirstNames.IsFirstName(word) || NameLexicon.IsTitle(word));
    }

    /// A title stands after a possessive (NBC’s “Today”), a media noun (the film “Trainwreck”), or "on"/"to" a show.
    private static bool IsTitlePosition(string text, int open, int paragraphStart, bool strongOnly)
    {
        var from = Math.Max(paragraphStart, open - 40);
        var before = text.AsSpan(from, open - from).TrimEnd();
        before = before.TrimEnd(",:").TrimEnd();
        if (before.IsEmpty)
            return false;
        if (before.Length >= 2 && before[^1] is 's' && CharKinds.IsApostrophe(before[^2]))
            return true;
        var ws = before.Length;
        while (ws > 0 && (char.IsLetter(before[ws - 1]) || before[ws - 1] == '-'))
            ws--;
        var word = before[ws..];
        if (strongOnly && word is "on" or "to" or "in" or "of" or "watch" or "watched" or "read" or "star" or "host")
            return false;
        return word is "on" or "to" or "in" or "watch" or "watched" or "read" or "called" or "named" or "titled" or "entitled"
            or "dubbed" or "nicknamed" or "book" or "film" or "movie" or "documentary" or "song" or "album" or "series" or "show"
            or "program" or "programme" or "podcast" or "play" or "musical" or "episode" or "column" or "memoir" or "novel"
            or "poem" or "magazine" or "newspaper" or "website" or "blog" or "site" or "ad" or "video" or "hit" or "sitcom"
            or "drama" or "comedy" or "franchise" or "reboot" or "sequel" or "segment" or "special" or "anthem" or "hashtag"
            or "slogan" or "operation" or "Operation" or "app" or "game" or "tour" or "star" or "host" or "of";
    }

    /// "The “No Comparison” ad", "her “Stronger Together” tour": a determiner before the quote and a noun for a work right
    /// after it make the quote its title. Not a campaign or a slogan: "a “Party of Trump” campaign" is words the
    /// organisation puts out, and is quoted as such.
    /// "“Orange Grove” star Ana Lee", "the “Daily Desk” host", "the “Night Watch” reboot": the nouns after the quote that
    /// make it the title of a show or film need no determiner before it.
    private static bool NamesAWork(string text, QuoteCandidate q, TextSpan paragraph)
    {
        if (q.Close < 0 || q.Inner.Length == 0 || q.Inner.End > q.Close)
            return false;
        var after = text.AsSpan(q.OuterEnd, Math.Min(paragraph.End, q.OuterEnd + 24) - q.OuterEnd);
        if (after.IsEmpty || after[0] != ' ')
            return false;
        after = after.TrimStart();
        var we = 0;
        while (we < after.Length && (char.IsLetter(after[we]) || after[we] == '-'))
            we++;
        var noun = after[..we];
        if (noun is "star" or "stars" or "Star" or "host" or "hosts" or "co-host" or "anchor" or "creator" or "actor" or "actress"
            or "cast" or "reboot" or "remake" or "spinoff" or "trailer" or "trailers" or "theme" or "radio")
            return true;
        var from = Math.Max(paragraph.Start, q.Open - 24);
        var before = text.AsSpan(from, q.Open - from).TrimEnd();
        var ws = before.Length;
        while (ws > 0 && char.IsLetter(before[ws - 1]))
            ws--;
        var determiner = before[ws..];
        if (determiner is not ("The" or "the" or "A" or "a" or "An" or "an" or "This" or "this" or "His" or "his" or "Her" or "her" or "Its" or "its" or "Their" or "their" or "new"))
            return false;
        return noun is "ad" or "ads" or "show" or "program" or "programme" or "series" or "book" or "film"
            or "movie" or "documentary" or "song" or "album" or "segment" or "video" or "podcast"
            or "column" or "tour" or "sketch" or "episode" or "report" or "memo" or "website" or "app";
    }

    /// "told “Fox and Friends”", "as “The Wall Street Journal” wrote": a known outlet, or a broadcaster's show, is a
    /// name even next to a speech verb. One word is not enough: "Cruz said “CNN” five times" quotes the word.
    private static bool NamesAnOutletOrItsShow(ReadOnlySpan<char> title)
    {
        if (SourceLexicon.TryCanonical(title, out _, out var kind) && kind == SourceKind.NewsOutlet)
            return true;
        var space = title.IndexOf(' ');
        return space > 0 && title[..space] is "Fox" or "CNN" or "MSNBC" or "CBS" or "NBC" or "ABC" or "PBS" or "NPR" or "CNBC"
            or "C-SPAN" or "BBC" or "HBO" or "ESPN" or "CBC";
    }

    private static bool HasAttributionWord(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetter(s[i]))
                i++;
            var e = i;
            while (e < s.Length && (char.IsLetter(s[e]) || (s[e] == '-' && e + 1 < s.Length && char.IsLetter(s[e + 1]))))
                e++;
            if (e > i && SpeechVerbs.IsAttributionWord(s[i..e]))
                return true;
            i = e;
        }
        return false;
    }
}
