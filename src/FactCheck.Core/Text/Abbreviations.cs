using System.Collections.Frozen;

namespace FactCheck.Core.Text;

/// How a period after an abbreviation behaves at a possible sentence end.
internal enum AbbreviationKind
{
    /// Not an abbreviation: the period ends the sentence.
    None,

    /// A title before a name (Mr., Sen., Gen.): never ends a sentence.
    Title,

    /// Precedes a number (No. 5, Art. 3): ends a sentence only when no number follows.
    BeforeNumber,

    /// A month (Jan. 5): never ends before a number, else like <see cref="MayEnd"/>.
    Month,

    /// May end a sentence (U.S., Inc., etc., p.m.): ends it only when a typical sentence opener follows.
    MayEnd,
}

/// The abbreviations and sentence openers English news uses. Case-sensitive on purpose: "No." is an abbreviation, "no." is not.
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> Known = Build();
    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Openers = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
        "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "Nor", "For", "In", "On", "At",
        "As", "If", "When", "While", "After", "Before", "Since", "Although", "Though", "Because", "Despite", "During",
        "Until", "Once", "Still", "Also", "However", "Meanwhile", "Now", "Then", "Some", "Many", "Most", "Much", "More",
        "One", "Both", "Each", "Every", "All", "Any", "No", "Not", "Only", "Even", "According", "Last", "Next", "By",
        "From", "With", "Without", "Under", "Over", "Among", "Other", "Such", "What", "Who", "Why", "How", "Where",
        "Which", "Whether", "To", "Instead", "Indeed", "Yes", "Asked", "Officials", "Critics", "Experts", "Today",
        "Yesterday", "Tomorrow", "Earlier", "Later", "Several", "Few", "Two", "Three", "Four", "Five", "Ten", "Mr.",
        "Mrs.", "Ms.", "Dr.", "That's", "It's", "There's", "He's", "She's", "We're", "They're", "I'm", "Let", "Why",
        "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should", "Has", "Have", "Had");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenersLookup =
        Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return AbbreviationKind.None;
        if (KnownLookup.TryGetValue(word, out var kind))
            return kind;
        if (word.Contains('.'))
            return AbbreviationKind.MayEnd; // dotted acronyms: U.S, e.g, a.m, J.R.R
        if (word.Length == 1 && char.IsUpper(word[0]))
            return AbbreviationKind.MayEnd; // an initial, as in Donald J. Trump
        return AbbreviationKind.None;
    }

    /// True for words that typically open a sentence, so that "in the U.S. The" breaks but "U.S. Army" does not.
    public static bool IsSentenceOpener(ReadOnlySpan<char> word) => OpenersLookup.Contains(word);

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var d = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var w in new[]
                 {
                     "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov",
                     "Govs", "Lt", "Col", "Capt", "Cmdr", "Cmdt", "Maj", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Rev", "Hon",
                     "Pres", "Supt", "Atty", "Fr", "St", "Ste", "Mt", "Ft", "vs", "v", "Insp", "Det", "Amb", "Rt", "Sec",
                     "Gens", "Lieut", "Cpt", "Msgr", "ret", "Ret", "Sra", "Srta", "Mme", "Mlle",
                 })
            d[w] = AbbreviationKind.Title;
        foreach (var w in new[] { "No", "Nos", "Art", "Arts", "Vol", "Vols", "Fig", "Figs", "p", "pp", "ch", "Ch", "Sect", "Para", "approx" })
            d[w] = AbbreviationKind.BeforeNumber;
        foreach (var w in new[] { "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec" })
            d[w] = AbbreviationKind.Month;
        foreach (var w in new[]
                 {
                     "Inc", "Ltd", "Corp", "Co", "Cos", "Bros", "Jr", "Sr", "Esq", "Dept", "etc", "al", "Ave", "Blvd", "Rd", "Hwy", "Pl", "Sq",
                     "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
                     "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn",
                     "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo", "Ida", "Ia", "Dak", "Ore", "mln", "bn", "min",
                     "max", "est", "dept", "Univ", "Assn", "Intl", "Natl", "Govt", "yr", "yrs", "hr", "hrs", "mo", "mos",
                 })
            d.TryAdd(w, AbbreviationKind.MayEnd);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
