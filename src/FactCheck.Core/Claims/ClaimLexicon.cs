namespace FactCheck.Core.Claims;

/// What the scanner knows about a word or a phrase.
[Flags]
internal enum LexFlags : ushort
{
    None = 0,
    /// A function word: never starts a name, never the noun of a quantity ("10,000 of").
    Stop = 1,
    /// Continues a number: "3.5 billion", "two hundred".
    Scale = 2,
    /// A number written out: "three", "forty".
    NumberWord = 4,
    /// Turns a number into a statistic: "17 percent".
    Percent = 8,
    /// May join two capitalised words into one name: "Bank of America".
    Connector = 16,
    /// A title abbreviation whose full stop does not end a name: "Mr. Trump".
    Title = 32,
    /// A month or weekday: a date, not a name, when capitalised.
    Calendar = 64,
    /// Ends a phrase of two or three words, so the scanner looks the phrase up.
    PhraseEnd = 128,
    /// An irregular past tense: "was", "built", "paid".
    Past = 256,
}

/// One lexicon entry: the feature it triggers (or None), how many tokens the phrase spans, and flags.
internal readonly record struct LexEntry(ClaimFeature Feature, byte Tokens, LexFlags Flags);

/// The cue words and phrases behind the interpretable features. Lists are lower case; phrases are space-separated
/// tokens as the scanner splits them (hyphens split words: "cover-up" is "cover up").
internal static class ClaimLexicon
{
    private static readonly HashTable<LexEntry> Entries = Build();

    private static readonly LexEntry Missing = new(ClaimFeature.None, 0, LexFlags.None);

    /// Looks up a word or phrase hash; on a miss, <paramref name="entry"/> has feature None and no flags.
    public static bool TryGet(ulong key, out LexEntry entry)
    {
        if (Entries.TryGetValue(key, out entry))
            return true;
        entry = Missing;
        return false;
    }

    private static HashTable<LexEntry> Build()
    {
        var entries = new Dictionary<ulong, LexEntry>();
        void Add(ClaimFeature feature, LexFlags flags, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                var key = ClaimHash.Phrase(phrase);
                var tokens = (byte)(phrase.Count(' ') + 1);
                if (tokens > 1)
                {
                    var last = ClaimHash.Token(phrase.AsSpan(phrase.LastIndexOf(' ') + 1));
                    entries[last] = entries.TryGetValue(last, out var end)
                        ? end with { Flags = end.Flags | LexFlags.PhraseEnd }
                        : new LexEntry(ClaimFeature.None, 1, LexFlags.PhraseEnd);
                }
                if (entries.TryGetValue(key, out var old))
                    entries[key] = new LexEntry(feature == ClaimFeature.None ? old.Feature : feature, tokens, old.Flags | flags);
                else
                    entries[key] = new LexEntry(feature, tokens, flags);
            }
        }

        Add(ClaimFeature.None, LexFlags.Stop,
            "the", "a", "an", "this", "that", "these", "those", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "as", "into", "onto", "over", "under", "about", "after", "before", "during", "since", "until",
            "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "it's", "he", "she", "they", "we", "you", "i",
            "him", "her", "them", "us", "me", "his", "hers", "their", "our", "your", "my", "there", "here", "so", "if", "then",
            "not", "no", "yes", "all", "some", "any", "each", "every", "who", "whom", "whose", "what", "which", "when", "where",
            "why", "how", "also", "just", "very", "now", "up", "down", "out", "per", "than", "more", "less", "most", "have",
            "has", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
            "because", "while", "although", "though", "well", "oh", "okay", "ok", "let", "let's", "mr", "mrs", "ms", "dr",
            "other", "another", "such", "only", "even", "still", "both", "either", "neither", "many", "much", "few", "own",
            "that's", "there's", "he's", "she's", "we're", "they're", "you're", "i'm", "we've", "they've", "i've", "don't",
            "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't", "weren't", "said", "says", "say", "again");
        Add(ClaimFeature.None, LexFlags.Past,
            "was", "were", "did", "had", "made", "went", "got", "gave", "took", "came", "lost", "won", "built", "spent", "paid",
            "sent", "sold", "bought", "left", "told", "wrote", "ran", "began", "became", "brought", "fought", "kept", "led",
            "met", "saw", "knew", "said", "grew", "rose", "fell", "cut", "put", "set", "let", "hit", "held", "stood", "took",
            "taught", "caught", "chose", "drove", "flew", "forgot", "froze", "hid", "meant", "shot", "shut", "spoke", "stole",
            "struck", "swore", "threw", "understood", "wasn't", "weren't", "didn't", "hadn't", "thought", "found", "felt",
            "heard", "lent", "sought", "sank", "wore", "won", "withdrew", "overtook", "undertook", "forgave", "forbade");
        Add(ClaimFeature.ThirdPerson, LexFlags.None,
            "he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "he's", "she's", "they're",
            "they've", "he'd", "she'd", "they'd", "he'll", "she'll", "they'll", "himself", "herself", "themselves");
        Add(ClaimFeature.None, LexFlags.Connector, "of", "the", "for", "and", "de", "del", "la", "von", "van", "bin", "al");
        Add(ClaimFeature.None, LexFlags.Title,
            "mr", "mrs", "ms", "dr", "sen", "gov", "rep", "gen", "lt", "col", "st", "jr", "sr", "inc", "co", "corp", "ltd",
            "prof", "rev", "sgt", "capt", "adm", "maj", "ft", "mt");

        Add(ClaimFeature.Quantity, LexFlags.Scale, "hundred", "thousand", "million", "billion", "trillion", "dozen");
        Add(ClaimFeature.Quantity, LexFlags.None, "hundreds", "thousands", "millions", "billions", "trillions", "dozens");
        Add(ClaimFeature.Quantity, LexFlags.NumberWord,
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
        Add(ClaimFeature.Statistic, LexFlags.Percent, "percent", "per cent", "percentage", "percentage points");
        Add(ClaimFeature.Statistic, LexFlags.None,
            "rate", "rates", "average", "averages", "median", "per capita", "ratio", "proportion", "share of", "gdp",
            "gross domestic product", "gross national product", "deficit", "deficits", "debt", "unemployment", "inflation",
            "poverty", "income", "incomes", "wages", "budget", "revenue", "revenues", "output", "productivity", "statistics",
            "figures", "one in", "out of every", "the number of", "the amount of", "the majority of", "a majority of");

        Add(ClaimFeature.Date, LexFlags.Calendar,
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        Add(ClaimFeature.Date, LexFlags.None,
            "last year", "this year", "next year", "last month", "last week", "yesterday", "decade", "decades", "century",
            "years ago", "months ago", "days ago", "ago", "in the last", "in the past", "since then", "annually",
            "the last two years", "the last few years", "quarter");

        Add(ClaimFeature.Comparison, LexFlags.None,
            "than", "most", "least", "largest", "biggest", "highest", "lowest", "smallest", "fewest", "greatest", "worst",
            "best", "fastest", "slowest", "strongest", "weakest", "richest", "poorest", "longest", "shortest", "ever",
            "record", "compared", "compared to", "compared with", "versus", "vs", "as many as", "as much as", "twice",
            "double", "triple", "half", "times as", "times more", "more and more", "the same as", "number one",
            "first time", "the only", "ahead of", "second largest", "outpaced", "exceeds", "exceeded");
        Add(ClaimFeature.Trend, LexFlags.None,
            "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases", "decreasing", "rose",
            "risen", "rise", "rises", "rising", "fell", "fallen", "falling", "dropped", "drop", "drops", "declined",
            "decline", "declining", "grew", "grown", "growing", "growth", "doubled", "tripled", "quadrupled", "halved", "cut",
            "cuts", "slashed", "soared", "surged", "plunged", "plummeted", "jumped", "skyrocketed", "shrank", "shrunk",
            "expanded", "reduced", "reduction", "raised", "lowered", "lost", "gained", "went up", "gone up", "go up",
            "went down", "gone down", "go down", "more than doubled", "spike", "spiked", "climbed", "tumbled", "created",
            "added", "eliminated", "wiped out");

        Add(ClaimFeature.Cause, LexFlags.None,
            "because", "due to", "caused", "cause", "causes", "causing", "led to", "leads to", "lead to", "leading to",
            "result of", "as a result", "resulted", "resulted in", "results in", "thanks to", "responsible for", "blame",
            "blamed", "therefore", "that's why", "which is why", "that is why", "the reason", "contributed to", "fueled",
            "driven by", "because of");
        Add(ClaimFeature.Attribution, LexFlags.None,
            "according to", "reported", "reports", "report", "reporting", "study", "studies", "survey", "surveys", "poll",
            "polls", "polling", "data", "found that", "shows", "showed", "shown", "estimate", "estimates", "estimated",
            "analysis", "researchers", "experts", "economists", "scientists", "census", "in a statement", "testified",
            "announced", "confirmed", "admitted", "told", "documents", "records show", "sources", "published",
            "study found", "report found", "cited", "citing", "said in", "records");
        Add(ClaimFeature.Accusation, LexFlags.None,
            "accused", "accuse", "accuses", "accusing", "accusation", "accusations", "alleged", "allegedly", "allegations",
            "lied", "lies", "lying", "liar", "fraud", "fraudulent", "corrupt", "corruption", "scandal", "stole", "stolen",
            "steal", "stealing", "cheated", "cheat", "cheating", "bribe", "bribes", "bribery", "cover up", "covered up",
            "you voted", "he voted", "she voted", "you supported", "he supported", "she supported", "you said",
            "you wanted", "you opposed", "he opposed", "she opposed", "flip flopped", "flip flop", "abuse", "abused",
            "exploited", "misled", "deceived", "failed to", "refused to", "you failed", "your plan", "his plan", "her plan",
            "you didn't", "he didn't", "she didn't", "you have never", "he has never", "she has never");
        Add(ClaimFeature.Prediction, LexFlags.None,
            "will", "won't", "going to", "gonna", "expected to", "expects", "expect", "forecast", "forecasts", "projected",
            "projection", "projections", "predicted", "predicts", "predict", "in the future", "by the end of", "next year",
            "over the next", "in the coming", "is likely to", "are likely to", "will be", "would cost", "would raise",
            "would cut");
        Add(ClaimFeature.Legal, LexFlags.None,
            "law", "laws", "legal", "illegal", "illegally", "unconstitutional", "constitution", "constitutional", "bill",
            "bills", "legislation", "court", "courts", "supreme court", "ruled", "ruling", "judge", "convicted", "indicted",
            "charged", "sued", "lawsuit", "crime", "crimes", "criminal", "criminals", "treaty", "signed", "vetoed", "veto",
            "passed", "voted", "vote", "votes", "voting", "regulation", "regulations", "banned", "ban", "sanctions",
            "amendment", "statute", "prosecuted", "prosecutor", "jail", "prison", "arrested", "arrests", "executive order",
            "agreement", "repeal", "repealed", "enacted", "congress", "senate", "the house", "legislature", "filibuster",
            "impeachment", "impeached", "subpoena", "investigation", "investigated", "fbi", "doj", "lawful", "unlawful");
        Add(ClaimFeature.OfficialStatus, LexFlags.None,
            "president", "senator", "governor", "congressman", "congresswoman", "minister", "prime minister", "secretary",
            "ambassador", "chairman", "chairwoman", "ceo", "director", "mayor", "elected", "appointed", "nominated",
            "designated", "member of", "official", "officials", "officially", "administration", "agency", "department",
            "white house", "vice president", "spokesman", "spokeswoman", "spokesperson", "commissioner", "chief",
            "cabinet", "government", "federal", "state department", "pentagon", "ministry", "designation", "classified",
            "certified", "licensed", "registered", "recognized", "sworn in", "resigned", "fired", "hired");

        Add(ClaimFeature.Opinion, LexFlags.None,
            "i think", "i believe", "i feel", "we believe", "i know", "in my opinion", "my view", "frankly", "honestly",
            "great", "terrible", "horrible", "wonderful", "amazing", "incredible", "tremendous", "beautiful", "fantastic",
            "disaster", "disgrace", "disgraceful", "ridiculous", "stupid", "sad", "shame", "shameful", "outrageous", "unfair",
            "nice", "love", "hate", "proud", "deserve", "deserves", "important", "unacceptable", "awful", "pathetic",
            "brilliant", "excellent", "good", "bad", "wrong", "right thing", "believe", "hope", "i hope", "i'm sure",
            "of course", "clearly", "obviously", "crazy", "weak", "strong leader", "smart", "dumb", "foolish", "nonsense");
        Add(ClaimFeature.Prescription, LexFlags.None,
            "should", "shouldn't", "must", "need to", "needs to", "have to", "has to", "ought to", "got to", "gotta",
            "let's", "let us", "we need", "we must", "it's time", "it is time", "we can't afford", "i will", "i'm going to",
            "i want to", "we want to", "we're going to", "i would", "my plan", "our plan", "i propose", "i'd like to");
        Add(ClaimFeature.FirstPerson, LexFlags.None,
            "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "i was", "my wife", "my husband", "my father",
            "my mother", "my family");
        Add(ClaimFeature.Hedge, LexFlags.None,
            "maybe", "perhaps", "possibly", "probably", "might", "may", "could", "seems", "seem", "seemed", "appears to",
            "appear to", "apparently", "i guess", "i suppose", "sort of", "kind of", "somewhat", "likely", "unlikely",
            "presumably", "i'm not sure", "not sure", "i don't know", "we don't know", "it's possible", "some say",
            "some people say", "reportedly", "supposedly", "rumored", "could be");
        return new HashTable<LexEntry>(entries, (_, last) => last, loadFactor: 0.5);
    }
}
