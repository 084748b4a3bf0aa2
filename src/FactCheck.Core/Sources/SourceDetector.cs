using System.Buffers;
using FactCheck.Core.Claims;
using FactCheck.Core.Names;
using FactCheck.Core.Quotes;
using FactCheck.Core.Text;

namespace FactCheck.Core.Sources;

/// <summary>
/// Finds the outlets, bodies, reports and unnamed sources an article attributes information to, from their cues
/// ("first detailed in", "reported Fox News", "A recent Heritage Foundation report argues", "according to",
/// "told CNN", "in a statement", "a spokesperson said"), and links each to the quotes and claims that rely on it:
/// the cue's sentence, later sentences that refer back to it ("the report"), and, for an outlet's reporting, the
/// quotes later in the same paragraph.
/// </summary>
internal sealed class SourceDetector
{
    private static readonly SearchValues<string> Cues = SearchValues.Create(
        [
            "according to", "reported", "reports", "reporting", "detailed in", "published in", "appeared in", "told",
            "report", "study", "survey", "poll", "analysis", "statement", "spokesperson", "spokesman", "spokeswoman",
            "interview with", "on Twitter", "on Facebook", "on Instagram", "on X", "on Truth Social", "tweeted",
            "(Reuters)", "(AP)", "(AFP)", "data from", "said in", "first reported", "citing", "quoted in",
        ],
        StringComparison.OrdinalIgnoreCase);

    public static SourceDetector Instance { get; } = new();

    public List<CitedSource> Detect(
        string text,
        IReadOnlyList<TextSpan> paragraphs,
        IReadOnlyList<TextSpan> sentences,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<Claim> claims)
    {
        var builders = new List<Builder>();
        var byName = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var tokens = new List<Token>(64);
        var span = text.AsSpan();
        var pos = 0;
        var quoteCursor = 0;
        while (pos < span.Length)
        {
            var rel = span[pos..].IndexOfAny(Cues);
            if (rel < 0)
                break;
            var at = pos + rel;
            var length = CueLength(span, at);
            pos = at + Math.Max(1, length);
            if (length == 0)
                continue;
            while (quoteCursor < quotes.Count && quotes[quoteCursor].Span.End <= at)
                quoteCursor++;
            if (quoteCursor < quotes.Count && quotes[quoteCursor].Span.Contains(at))
                continue; // inside a quote: the speaker's words, not the article's attribution
            var found = Read(text, at, length, tokens);
            if (found is not { } f)
                continue;
            var sentence = SentenceIndexOf(sentences, at);
            if (sentence < 0)
                sentence = FirstSentenceAfter(sentences, at); // a dateline belongs to the story's first sentence
            if (sentence < 0)
                continue;
            if (!byName.TryGetValue(f.Name, out var builder))
            {
                builder = new Builder(f.Name, f.Kind, f.Cue);
                byName.Add(f.Name, builder);
                builders.Add(builder);
            }
            builder.Add(f, sentence);
        }
        if (builders.Count == 0)
            return [];

        var result = new List<CitedSource>(builders.Count);
        foreach (var b in builders)
            result.Add(b.Build(text, paragraphs, sentences, quotes, claims));
        return result;
    }

    /// Length of the cue at <paramref name="at"/> when it stands as whole words, else 0.
    private static int CueLength(ReadOnlySpan<char> s, int at)
    {
        if (at > 0 && char.IsLetterOrDigit(s[at - 1]))
            return 0;
        var e = at;
        while (e < s.Length && (char.IsLetter(s[e]) || (s[e] == ' ' && e + 1 < s.Length && char.IsLetter(s[e + 1]) && e - at < 16 && IsMultiWordCue(s[at..], e - at)) || s[e] is '(' or ')'))
        {
            e++;
            if (s[e - 1] == ')')
                break;
        }
        return e - at;
    }

    private static bool IsMultiWordCue(ReadOnlySpan<char> s, int spaceAt)
    {
        var head = s[..spaceAt];
        return head.Equals("according", StringComparison.OrdinalIgnoreCase) || head.Equals("detailed", StringComparison.OrdinalIgnoreCase) ||
               head.Equals("published", StringComparison.OrdinalIgnoreCase) || head.Equals("appeared", StringComparison.OrdinalIgnoreCase) ||
               head.Equals("interview", StringComparison.OrdinalIgnoreCase) || head.Equals("on", StringComparison.OrdinalIgnoreCase) ||
               head.Equals("data", StringComparison.OrdinalIgnoreCase) || head.Equals("said", StringComparison.OrdinalIgnoreCase) ||
               head.Equals("first", StringComparison.OrdinalIgnoreCase) || head.Equals("on Truth", StringComparison.OrdinalIgnoreCase) ||
               head.Equals("quoted", StringComparison.OrdinalIgnoreCase);
    }

    private readonly record struct Found(string Name, SourceKind Kind, TextSpan Mention, string Cue, bool ReportsQuotes);

    private static Found? Read(string text, int at, int length, List<Token> tokens)
    {
        if (length > 32)
            return null;
        Span<char> buffer = stackalloc char[length];
        text.AsSpan(at, length).ToLowerInvariant(buffer);
        var lower = CanonicalCue(buffer);
        if (lower is null)
            return null;
        switch (lower)
        {
            case "(reuters)" or "(ap)" or "(afp)":
                return FromName(text, new TextSpan(at + 1, length - 2), "dateline", reportsQuotes: true);
            case "on twitter" or "on facebook" or "on instagram" or "on x" or "on truth social" or "tweeted":
            {
                var name = lower == "tweeted" ? "Twitter" : text.Substring(at + 3, length - 3);
                if (name == "X" && (at + length >= text.Length || char.IsLetterOrDigit(text[at + length])))
                    return null;
                var mention = lower == "tweeted" ? new TextSpan(at, length) : new TextSpan(at + 3, length - 3);
                return new Found(name, SourceKind.SocialMedia, mention, lower, false);
            }
        }

        tokens.Clear();
        var from = Math.Max(0, at - 80);
        var to = Math.Min(text.Length, at + length + 100);
        ClipToParagraph(text, at, ref from, ref to);
        Tokenizer.Tokenize(text, from, to, tokens);
        var cueIndex = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Start == at)
            {
                cueIndex = t;
                break;
            }
        }
        if (cueIndex < 0)
            return null;
        var lastCue = cueIndex;
        while (lastCue + 1 < tokens.Count && tokens[lastCue + 1].End <= at + length)
            lastCue++;
        var after = lastCue + 1;

        switch (lower)
        {
            case "according to" or "detailed in" or "published in" or "appeared in" or "interview with" or "data from" or "citing" or "first reported" or "quoted in":
            {
                var start = after;
                if (lower == "first reported" && start < tokens.Count && MentionParser.Word(text, tokens[start]) is "by" or "in")
                    start++;
                if (MentionParser.ParseForward(text, tokens, start, out var m) < 0 || m.Kind == MentionKind.Pronoun)
                    return null;
                var kind = m.Kind == MentionKind.Description ? SourceKind.Unnamed : (SourceKind?)null;
                return FromMention(text, m, lower, kind, reportsQuotes: lower != "interview with");
            }
            case "reported" or "reports" or "reporting":
            {
                // "Fox News reported", "reported Fox News", "reported by Reuters"
                var start = after;
                if (start < tokens.Count && MentionParser.Word(text, tokens[start]) is "by" or "in" or "to")
                    start++;
                if (MentionParser.ParseForward(text, tokens, start, out var m) > 0 && m.Kind == MentionKind.Name && IsOutletLike(text, m))
                    return FromMention(text, m, lower, null, reportsQuotes: true);
                if (MentionParser.ParseBackward(text, tokens, cueIndex - 1, out m) >= 0 && m.Kind == MentionKind.Name && IsOutletLike(text, m))
                    return FromMention(text, m, lower, null, reportsQuotes: true);
                return null;
            }
            case "told":
            {
                if (after + 1 < tokens.Count && IsMediaPhrase(MentionParser.Word(text, tokens[after]), MentionParser.Word(text, tokens[after + 1])))
                    return new Found(text.Substring(tokens[after].Start, tokens[after + 1].End - tokens[after].Start), SourceKind.Unnamed,
                        TextSpan.FromBounds(tokens[after].Start, tokens[after + 1].End), "told", false);
                if (MentionParser.ParseForward(text, tokens, after, out var m) < 0)
                    return null;
                var words = text.AsSpan(m.Span.Start, m.Span.Length);
                if (m.Kind == MentionKind.Name && IsOutletLike(text, m))
                    return FromMention(text, m, lower, null, reportsQuotes: false);
                if (m.Kind == MentionKind.Description && (words.EndsWith("outlets", StringComparison.Ordinal) || words.EndsWith("media", StringComparison.Ordinal) ||
                                                          words.EndsWith("newspaper", StringComparison.Ordinal) || words.EndsWith("outlet", StringComparison.Ordinal)))
                    return new Found(words.ToString(), SourceKind.Unnamed, m.Span, "told", false);
                if (words is "media outlets" or "news outlets" or "local media" or "state media" or "local reporters")
                    return new Found(words.ToString(), SourceKind.Unnamed, m.Span, "told", false);
                return null;
            }
            case "report" or "study" or "survey" or "poll" or "analysis":
            {
                // "A recent Heritage Foundation report", "a report by the GAO", "a Pew survey"
                if (cueIndex > 0 && MentionParser.ParseBackward(text, tokens, cueIndex - 1, out var owner) >= 0 && owner.Kind == MentionKind.Name && !owner.Span.IsEmpty)
                    return FromMention(text, owner, lower, SourceKind.ThinkTankOrReport, reportsQuotes: false, documentOwner: true);
                if (after < tokens.Count && MentionParser.Word(text, tokens[after]) is "by" or "from" or "of" &&
                    MentionParser.ParseForward(text, tokens, after + 1, out var by) > 0 && by.Kind == MentionKind.Name)
                    return FromMention(text, by, lower, SourceKind.ThinkTankOrReport, reportsQuotes: false, documentOwner: true);
                return null;
            }
            case "statement" or "said in":
            {
                if (lower == "said in" && !(after + 1 < tokens.Count && MentionParser.Word(text, tokens[after + 1]) is "statement"))
                    return null;
                // the body that issued it: "the White House said in a statement", "X issued a statement"
                for (var v = cueIndex - 1; v >= 0 && cueIndex - v < 6; v--)
                {
                    var w = MentionParser.Word(text, tokens[v]);
                    if (w is "said" or "says" or "issued" or "released" or "put" or "posted")
                    {
                        if (MentionParser.ParseBackward(text, tokens, v - 1, out var issuer) >= 0 && issuer.Kind == MentionKind.Name)
                            return FromMention(text, issuer, "statement", null, reportsQuotes: false);
                        break;
                    }
                }
                // "In a statement, the Tenants Union said …"
                var n = after;
                while (n < tokens.Count && tokens[n].Kind == TokenKind.Punct && text[tokens[n].Start] == ',')
                    n++;
                var ne = MentionParser.ParseForward(text, tokens, n, out var speaker);
                if (n > after && ne > 0 && speaker.Kind == MentionKind.Name && ne < tokens.Count && SpeechVerbs.IsCue(MentionParser.Word(text, tokens[ne])))
                    return FromMention(text, speaker, "statement", null, reportsQuotes: false);
                return null;
            }
            case "spokesperson" or "spokesman" or "spokeswoman":
            {
                // "a spokesperson for the Pentagon said" / "a spokesperson said"
                if (after < tokens.Count && MentionParser.Word(text, tokens[after]) is "for" &&
                    MentionParser.ParseForward(text, tokens, after + 1, out var org) > 0 && org.Kind == MentionKind.Name)
                    return FromMention(text, org, "spokesperson", null, reportsQuotes: false);
                if (cueIndex > 0 && MentionParser.Word(text, tokens[cueIndex - 1]) is "a" or "A" &&
                    after < tokens.Count && SpeechVerbs.IsStrongCue(MentionParser.Word(text, tokens[after])))
                    return new Found("a " + lower, SourceKind.Unnamed, TextSpan.FromBounds(tokens[cueIndex - 1].Start, at + length), lower, false);
                return null;
            }
        }
        return null;
    }

    /// The cue as an interned literal, so that no string is allocated per match.
    private static string? CanonicalCue(ReadOnlySpan<char> c) => c switch
    {
        "according to" => "according to", "reported" => "reported", "reports" => "reports", "reporting" => "reporting",
        "detailed in" => "detailed in", "published in" => "published in", "appeared in" => "appeared in", "told" => "told",
        "report" => "report", "study" => "study", "survey" => "survey", "poll" => "poll", "analysis" => "analysis",
        "statement" => "statement", "spokesperson" => "spokesperson", "spokesman" => "spokesman", "spokeswoman" => "spokeswoman",
        "interview with" => "interview with", "on twitter" => "on twitter", "on facebook" => "on facebook",
        "on instagram" => "on instagram", "on x" => "on x", "on truth social" => "on truth social", "tweeted" => "tweeted",
        "(reuters)" => "(reuters)", "(ap)" => "(ap)", "(afp)" => "(afp)", "data from" => "data from", "said in" => "said in",
        "first reported" => "first reported", "citing" => "citing", "quoted in" => "quoted in",
        _ => null,
    };

    private static bool IsMediaPhrase(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        (first is "media" or "news" or "local" or "state" or "the" or "foreign" or "national" or "Mexican" or "American" or "U.S.") &&
        second is "outlets" or "media" or "outlet" or "press" or "newspapers";

    private static void ClipToParagraph(string text, int at, ref int from, ref int to)
    {
        var nl = text.AsSpan(from, at - from).LastIndexOf('\n');
        if (nl >= 0)
            from += nl + 1;
        var nr = text.AsSpan(at, to - at).IndexOf('\n');
        if (nr >= 0)
            to = at + nr;
    }

    private static bool IsOutletLike(string text, Mention m)
    {
        var s = text.AsSpan(m.Span.Start, m.Span.Length);
        return SourceLexicon.TryCanonical(s, out _, out _) || m.IsOrganization;
    }

    private static Found? FromName(string text, TextSpan span, string cue, bool reportsQuotes)
    {
        var s = text.AsSpan(span.Start, span.Length);
        if (SourceLexicon.TryCanonical(s, out var canonical, out var kind))
            return new Found(canonical, kind, span, cue, reportsQuotes);
        return null;
    }

    private static Found FromMention(string text, Mention m, string cue, SourceKind? kindHint, bool reportsQuotes, bool documentOwner = false)
    {
        var s = text.AsSpan(m.Span.Start, m.Span.Length);
        var mentionSpan = m.Span;
        if (SourceLexicon.TryCanonical(s, out var canonical, out var kind) ||
            (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && SourceLexicon.TryCanonical(s[4..], out canonical, out kind)))
        {
            if (documentOwner && kind is SourceKind.GovernmentBody or SourceKind.Organization or SourceKind.Company)
                return new Found(canonical, kind, mentionSpan, cue, reportsQuotes);
            return new Found(canonical, kind, mentionSpan, cue, reportsQuotes || kind == SourceKind.NewsOutlet);
        }
        var name = s.StartsWith("the ", StringComparison.Ordinal) ? s[4..].ToString() : s.ToString();
        var resolved = kindHint ?? KindOf(text, m);
        return new Found(name, resolved, mentionSpan, cue, reportsQuotes || resolved == SourceKind.NewsOutlet);
    }

    private static SourceKind KindOf(string text, Mention m)
    {
        if (m.Kind == MentionKind.Description)
            return SourceKind.Unnamed;
        var s = text.AsSpan(m.Span.Start, m.Span.Length);
        var last = s[(s.LastIndexOf(' ') + 1)..];
        if (last is "News" or "Times" or "Post" or "Journal" or "Herald" or "Tribune" or "Gazette" or "Magazine" or "TV" or "Radio" or "Network" or "Press" or "Daily" or "Chronicle" or "Examiner" or "Inquirer" or "Register")
            return SourceKind.NewsOutlet;
        if (last is "Foundation" or "Institute" or "Institution" or "Center" or "Centre" or "Council" or "Research" or "Project")
            return SourceKind.ThinkTankOrReport;
        if (last is "Department" or "Ministry" or "Agency" or "Bureau" or "Office" or "House" or "Court" or "Congress" or "Senate" or "Commission" or "Administration" or "Government" or "Police" or "Army" or "Navy")
            return SourceKind.GovernmentBody;
        if (last is "Inc." or "Corp." or "Co." or "Company" or "LLC" or "Ltd." or "Group" or "Bank" or "Holdings")
            return SourceKind.Company;
        if (!m.IsOrganization && FirstNames.IsFirstName(text.AsSpan(m.NameSpan.Start, m.NameSpan.Length).Length > 0 ? FirstWord(text, m.NameSpan) : default))
            return SourceKind.Person;
        return SourceKind.Organization;
    }

    private static ReadOnlySpan<char> FirstWord(string text, TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length);
        var sp = s.IndexOf(' ');
        return sp < 0 ? s : s[..sp];
    }

    private static int FirstSentenceAfter(IReadOnlyList<TextSpan> sentences, int position)
    {
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Start < position)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo >= sentences.Count || sentences[lo].Start - position > 40)
            return -1;
        return lo;
    }

    private static int SentenceIndexOf(IReadOnlyList<TextSpan> sentences, int position)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = sentences[mid];
            if (s.End <= position)
                lo = mid + 1;
            else if (s.Start > position)
                hi = mid - 1;
            else
                return mid;
        }
        return -1;
    }

    private sealed class Builder(string name, SourceKind kind, string cue)
    {
        private readonly List<TextSpan> _mentions = [];
        private readonly List<(int Sentence, bool ReportsQuotes)> _citations = [];

        public string Name { get; } = name;

        public void Add(Found f, int sentence)
        {
            // cues are met in text order, so a repeated mention can only be the last one
            if (_mentions.Count == 0 || _mentions[^1] != f.Mention)
                _mentions.Add(f.Mention);
            _citations.Add((sentence, f.ReportsQuotes));
        }

        public CitedSource Build(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Quote> quotes, IReadOnlyList<Claim> claims)
        {
            var quoteLinks = new SortedSet<int>();
            var claimLinks = new SortedSet<int>();
            var quotesLinkedUntil = -1; // an outlet's reporting already links every quote up to here
            var lastSentence = -1;
            foreach (var (sentence, reportsQuotes) in _citations)
            {
                if (sentence == lastSentence)
                    continue;
                lastSentence = sentence;
                var s = sentences[sentence];
                var paragraph = paragraphs[IndexOf(paragraphs, s.Start)];
                var last = sentence;
                while (last + 1 < sentences.Count && paragraph.Contains(sentences[last + 1]) && RefersBack(text, sentences[last + 1]))
                    last++;
                var scopeEnd = sentences[last].End;
                for (var c = FirstEndingAfter(claims, s.Start); c < claims.Count && claims[c].Span.Start < scopeEnd; c++)
                    claimLinks.Add(c);
                var quoteEnd = reportsQuotes ? paragraph.End : scopeEnd;
                if (quoteEnd <= quotesLinkedUntil)
                    continue;
                for (var q = FirstEndingAfter(quotes, Math.Max(s.Start, quotesLinkedUntil)); q < quotes.Count && quotes[q].Span.Start < quoteEnd; q++)
                {
                    if (quotes[q].Kind == QuoteKind.Statement)
                        quoteLinks.Add(q);
                }
                if (reportsQuotes)
                    quotesLinkedUntil = quoteEnd;
            }
            // every part of a linked interrupted or continued quote relies on the source too (parts are neighbours)
            foreach (var q in quoteLinks.ToArray())
            {
                for (var o = Math.Max(0, q - 4); o < Math.Min(quotes.Count, q + 5); o++)
                {
                    if (quotes[o].Group == quotes[q].Group && quotes[o].Kind == QuoteKind.Statement)
                        quoteLinks.Add(o);
                }
            }
            return new CitedSource(Name, kind, _mentions.ToArray(), cue, quoteLinks.ToArray(), claimLinks.ToArray());
        }

        private static int IndexOf(IReadOnlyList<TextSpan> spans, int position)
        {
            int lo = 0, hi = spans.Count - 1, found = 0;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (spans[mid].Start <= position)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            return found;
        }

        private static int FirstEndingAfter(IReadOnlyList<Claim> claims, int position)
        {
            int lo = 0, hi = claims.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (claims[mid].Span.End <= position)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo;
        }

        private static int FirstEndingAfter(IReadOnlyList<Quote> quotes, int position)
        {
            int lo = 0, hi = quotes.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (quotes[mid].Span.End <= position)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo;
        }

        /// "While the report stops short …": a later sentence that goes on citing the same source.
        private static bool RefersBack(string text, TextSpan sentence)
        {
            var head = text.AsSpan(sentence.Start, Math.Min(sentence.Length, 60));
            foreach (var anaphor in (ReadOnlySpan<string>)["the report", "the study", "the survey", "the poll", "the analysis", "the paper", "the newspaper", "the outlet", "the network", "the document", "the memo", "the findings", "The report", "The study", "The survey", "The poll", "The analysis", "The paper", "The newspaper", "The findings", "According to the"])
            {
                if (head.Contains(anaphor, StringComparison.Ordinal))
                    return true;
            }
            return false;
        }
    }
}
