using System.Collections.Frozen;

namespace FactCheck.Core.Quotes;

/// The verbs that tie words to a speaker ("said", "told", "tweeted"), in the forms news prose uses.
internal static class SpeechVerbs
{
    private static readonly FrozenSet<string> Verbs = FrozenSet.Create(StringComparer.Ordinal,
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "ask", "asks", "asked", "asking", "reply", "replies", "replied", "replying", "write", "writes", "wrote", "writing",
        "tweet", "tweets", "tweeted", "tweeting", "post", "posts", "posted", "argue", "argues", "argued", "arguing",
        "insist", "insists", "insisted", "insisting", "warn", "warns", "warned", "warning", "claim", "claims", "claimed",
        "claiming", "state", "states", "stated", "declare", "declares", "declared", "declaring", "explain", "explains",
        "explained", "explaining", "note", "notes", "noted", "noting", "continue", "continues", "continued",
        "announce", "announces", "announced", "respond", "responds", "responded", "answer", "answers", "answered",
        "recall", "recalls", "recalled", "recalling", "acknowledge", "acknowledges", "acknowledged", "admit", "admits",
        "admitted", "charge", "charges", "charged", "contend", "contends", "contended", "suggest", "suggests",
        "suggested", "predict", "predicts", "predicted", "promise", "promises", "promised", "vow", "vows", "vowed",
        "boast", "boasts", "boasted", "complain", "complains", "complained", "concede", "concedes", "conceded",
        "confirm", "confirms", "confirmed", "deny", "denies", "denied", "joke", "jokes", "joked", "quip", "quips",
        "quipped", "shout", "shouts", "shouted", "yell", "yelled", "scream", "screamed", "exclaim", "exclaimed",
        "muse", "mused", "observe", "observes", "observed", "remark", "remarks", "remarked", "report", "reports",
        "reported", "testify", "testifies", "testified", "urge", "urges", "urged", "urging", "demand", "demands",
        "demanded", "pledge", "pledged", "proclaim", "proclaimed", "assert", "asserts", "asserted", "maintain",
        "maintains", "maintained", "emphasize", "emphasized", "emphasise", "emphasised", "stress", "stresses",
        "stressed", "reiterate", "reiterated", "recount", "recounted", "repeat", "repeated", "caution", "cautioned",
        "lament", "lamented", "mock", "mocked", "blast", "blasted", "slam", "slammed", "retort", "retorted",
        "counter", "countered", "wonder", "wondered", "speculate", "speculated", "agree", "agreed", "chided",
        "thunder", "thundered", "fume", "fumed", "scoff", "scoffed", "gush", "gushed", "concluded", "conclude",
        "concludes", "describe", "describes", "described", "describing", "call", "calls", "called", "calling",
        "write", "read", "reads", "texted", "emailed", "e-mailed", "messaged", "interject", "interjected",
        "pointed", "points", "explain", "conceding", "according", "quoted", "quoting", "told", "tells", "hinted",
        "begged", "pleaded", "asks", "griped", "grumbled", "sighed", "laughed", "noted", "opined", "raged", "ranted",
        "sniped", "snapped", "whispered", "added", "offered", "cited", "cites", "quoting", "wrote", "said", "pressed",
        "reacted", "demurred", "chimed", "chanted", "implored", "cried", "sang", "sing", "sings", "tweeted", "posted", "wrote",
        "vowing", "promising", "writing", "saying", "adding", "noting", "arguing", "insisting", "warning", "explaining",
        "tells", "responds", "says", "barked", "citing", "shot", "fired", "retorted", "deadpanned", "marveled",
        "conceded", "acknowledged", "recalled", "elaborated", "clarified", "summarized", "opined", "intoned", "bellowed",
        "hollered", "murmured", "mumbled", "muttered", "sneered", "gloated", "boomed", "declared", "beamed", "crowed",
        "gasped", "sniffed", "huffed", "cheered", "enthused", "raved", "riffed", "teased", "taunted", "jabbed", "needled",
        "scolded", "lectured", "agrees", "retaliated", "interrupted", "objected", "protested", "recalls", "adds", "continues", "preached", "warned", "exulted", "cracked", "wisecracked", "gibed", "jeered", "commented", "commenting", "chanting", "echoed", "echoes", "talked", "determined", "found", "finds", "revealed", "reveals", "thanked");

    /// Participles of speech verbs that the cue list leaves out because, alone, they too often describe rather than
    /// quote ("as the polls closed stating"); they count only in an absolute phrase: "with Reed yelling: “…”".
    private static readonly FrozenSet<string> AbsoluteParticiples = FrozenSet.Create(StringComparer.Ordinal,
        "yelling", "shouting", "screaming", "exclaiming", "joking", "quipping", "boasting", "complaining", "responding",
        "answering", "stating", "declaring", "confirming", "denying", "acknowledging", "admitting", "suggesting",
        "predicting", "recounting", "repeating", "cautioning", "lamenting", "mocking", "retorting", "wondering",
        "gushing", "concluding", "remarking", "observing", "testifying", "demanding", "pledging", "proclaiming",
        "asserting", "maintaining", "emphasizing", "stressing", "reiterating", "whispering", "muttering", "pleading",
        "begging", "announcing", "contending", "conceding", "tweeting", "chanting", "vowing", "promising", "saying",
        "telling", "adding", "noting", "arguing", "insisting", "warning", "explaining", "asking", "replying", "writing");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbsoluteParticiplesLookup =
        AbsoluteParticiples.GetAlternateLookup<ReadOnlySpan<char>>();

    /// True for the participle of a speech verb ("yelling", "saying"), for an absolute phrase "with X yelling".
    public static bool IsSpeechParticiple(ReadOnlySpan<char> word) => AbsoluteParticiplesLookup.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbsLookup =
        Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// Verbs that also name things ("a group called", "described as") and so are weaker evidence of speech.
    private static readonly FrozenSet<string> Weak = FrozenSet.Create(StringComparer.Ordinal,
        "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "read", "reads",
        "post", "posts", "posted", "state", "states", "stated", "report", "reports", "reported", "note", "notes",
        "continue", "continues", "continued", "charge", "charges", "charged", "counter", "cited", "cites", "offered",
        "quoted", "quoting", "pointed", "points", "agree", "agreed", "claim", "claims");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakLookup =
        Weak.GetAlternateLookup<ReadOnlySpan<char>>();

    /// Words that show a sentence reports what someone said, thought or claimed, beyond the speech verbs:
    /// a quote in such a sentence is attributed content, not a scare quote.
    private static readonly FrozenSet<string> Attitudes = FrozenSet.Create(StringComparer.Ordinal,
        "accuse", "accuses", "accused", "accusing", "propose", "proposes", "proposed", "dub", "dubs", "dubbed", "dubbing",
        "name", "names", "named", "naming", "label", "labels", "labeled", "labelled", "labeling", "brand", "brands",
        "branded", "branding", "imply", "implies", "implied", "implying", "predicting", "suggesting", "criticize",
        "criticizes", "criticized", "criticizing", "praise", "praises", "praised", "praising", "mocking", "slamming",
        "blasting", "tout", "touts", "touted", "touting", "promising", "vowing", "pledging", "hail", "hails", "hailed",
        "decry", "decries", "decried", "denounce", "denounces", "denounced", "denouncing", "condemn", "condemns",
        "condemned", "condemning", "dismiss", "dismisses", "dismissed", "dismissing", "characterize", "characterized",
        "characterizing", "refer", "refers", "referred", "referring", "term", "termed", "want", "wants", "wanted",
        "believe", "believes", "believed", "think", "thinks", "thought", "consider", "considers", "considered", "feel",
        "feels", "felt", "hope", "hopes", "hoped", "fear", "fears", "feared", "worry", "worries", "worried", "arguing",
        "protest", "protests", "protested", "contemplate", "cast", "casts", "portray", "portrays", "portrayed",
        "pitch", "pitches", "pitched", "promote", "promotes", "promoted", "campaign", "campaigned", "vow", "pledge",
        "pledges", "threaten", "threatens", "threatened", "threatening", "order", "ordered", "orders", "encourage",
        "encouraged", "encouraging", "urge", "deride", "derided", "deriding", "ridicule", "ridiculed", "attack",
        "attacked", "attacking", "defend", "defended", "defending", "lauded", "chiding", "chided", "hammered",
        "questioned", "questioning", "recited", "reciting", "quote", "quotes", "quoted", "quoting", "statement",
        "statements", "interview", "interviews", "tweet", "tweets", "speech", "remarks", "remark", "op-ed", "letter",
        "memo", "email", "e-mail", "ad", "ads", "testimony", "according", "declaration", "announcement", "promise",
        "promises", "insisting", "stating", "writing", "telling", "saying", "adding", "noting", "calling", "asking",
        "explaining", "complaining", "warning", "claiming", "declaring", "answering", "replying", "responding",
        "opined", "argues", "agrees", "disagrees", "disagreed", "expects", "expected", "predicts", "described",
        "describes", "describing", "emphasizing", "stressing", "reiterating", "acknowledging", "admitting",
        "conceding", "boasting", "bragging", "bragged", "brags", "boasted", "lamenting", "pointing", "citing",
        "cites", "cited", "invoking", "invoked", "invokes", "said", "says", "told", "tells", "asked", "wrote", "writes");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttitudesLookup =
        Attitudes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// True for any word that shows the sentence attributes content to someone: speech verbs and attitude words.
    public static bool IsAttributionWord(ReadOnlySpan<char> word) => VerbsLookup.Contains(word) || AttitudesLookup.Contains(word);

    /// The cue as a shared string, so that no string is allocated per quote; null when it is not a lower-case cue.
    public static string? Intern(ReadOnlySpan<char> word) => VerbsLookup.TryGetValue(word, out var cue) ? cue : null;

    /// True when <paramref name="word"/> is a speech verb in lower case, or the "according" of "according to".
    public static bool IsCue(ReadOnlySpan<char> word) => VerbsLookup.Contains(word);

    /// Like <see cref="IsCue"/>, but also accepts a capitalised cue ("Said Comey, …" at the start of a sentence).
    public static bool IsCueIgnoringCase(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 24)
            return false;
        if (!char.IsUpper(word[0]))
            return VerbsLookup.Contains(word);
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return VerbsLookup.Contains(lower);
    }

    /// True for a cue that is not also a naming verb.
    public static bool IsStrongCue(ReadOnlySpan<char> word) => VerbsLookup.Contains(word) && !WeakLookup.Contains(word);
}
