using System.Collections.Frozen;

namespace FactCheck.Core.Names;

/// Words that shape a name phrase: titles before names, role nouns, organisation words, and capitalised words that are never names.
internal static class NameLexicon
{
    /// Titles and role words written before a name ("Sen.", "Deputy Press Secretary", "former President").
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Mr.", "Mrs.", "Ms.", "Miss", "Mx.", "Dr.", "Prof.", "Professor", "Sen.", "Sens.", "Senator", "Rep.", "Reps.",
        "Representative", "Gov.", "Governor", "President", "Vice", "Secretary", "Sec.", "Gen.", "General", "Lt.", "Col.",
        "Colonel", "Capt.", "Captain", "Adm.", "Admiral", "Sgt.", "Sergeant", "Maj.", "Major", "Cmdr.", "Commander",
        "Judge", "Justice", "Mayor", "Chairman", "Chairwoman", "Chairperson", "Chair", "Speaker", "Leader", "Minister",
        "Prime", "Attorney", "Ambassador", "Commissioner", "Director", "Chief", "Deputy", "Press", "Former", "then",
        "Rev.", "Reverend", "Father", "Pope", "King", "Queen", "Prince", "Princess", "Sheikh", "Ayatollah", "Rabbi",
        "Bishop", "Archbishop", "Imam", "Pastor", "Cardinal", "Coach", "Sheriff", "Officer", "Detective", "Agent", "Councilman", "Councilwoman",
        "Councilmember", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Delegate", "Del.",
        "Superintendent", "Chancellor", "Premier", "Lady", "Lord", "Sir", "Dame", "Dean", "Candidate", "Nominee",
        "Spokesman", "Spokeswoman", "Spokesperson", "Adviser", "Advisor", "Strategist", "Manager", "Executive", "CEO",
        "Founder", "Co-founder", "Chairs", "Whip", "Majority", "Minority", "House", "Senate", "State", "Defense",
        "Homeland", "Security", "Treasury", "Labor", "Interior", "Health", "Justice", "Communications", "National",
        "Campaign", "Policy", "Staff", "Senior", "Top", "Acting", "Interim", "Executive", "Lieutenant", "Sgt",
        "Presidential", "Democratic", "Republican", "GOP", "Democrat", "Independent", "First", "Emeritus",
        "Anchor", "Host", "Moderator", "Pastor", "Host", "Analyst", "Economist", "Pollster", "Rival", "Sens", "Reps",
        "U.S.", "US", "American", "Mexican", "British", "Chinese", "Russian", "French", "German", "Canadian",
        "Israeli", "Iranian", "Syrian", "Iraqi", "Afghan", "Pakistani", "Indian", "Japanese", "Korean", "Cuban",
        "Ukrainian", "Turkish", "Saudi", "Egyptian", "Italian", "Spanish", "Brazilian", "Venezuelan", "Colombian",
        "Foreign", "Finance", "Economy", "Trade", "Energy", "Education", "Transportation", "Agriculture", "Commerce",
        "Veterans", "Affairs", "Housing", "Attorney-General", "Solicitor", "Surgeon", "Inspector", "Special",
        "Counsel", "Representative-elect", "President-elect", "Vice-President", "Ex-President", "Chief-of-staff");

    /// Titles that carry a gender.
    private static readonly FrozenDictionary<string, Gender> GenderedTitles = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase)
    {
        ["Mr."] = Gender.Male, ["Mr"] = Gender.Male, ["Sir"] = Gender.Male, ["Lord"] = Gender.Male, ["King"] = Gender.Male,
        ["Prince"] = Gender.Male, ["Father"] = Gender.Male, ["Congressman"] = Gender.Male, ["Councilman"] = Gender.Male,
        ["Assemblyman"] = Gender.Male, ["Chairman"] = Gender.Male, ["Spokesman"] = Gender.Male, ["Pope"] = Gender.Male,
        ["Mrs."] = Gender.Female, ["Mrs"] = Gender.Female, ["Ms."] = Gender.Female, ["Ms"] = Gender.Female,
        ["Miss"] = Gender.Female, ["Lady"] = Gender.Female, ["Dame"] = Gender.Female, ["Queen"] = Gender.Female,
        ["Princess"] = Gender.Female, ["Congresswoman"] = Gender.Female, ["Councilwoman"] = Gender.Female,
        ["Assemblywoman"] = Gender.Female, ["Chairwoman"] = Gender.Female, ["Spokeswoman"] = Gender.Female,
        ["First Lady"] = Gender.Female, ["businesswoman"] = Gender.Female, ["businessman"] = Gender.Male,
        ["spokeswoman"] = Gender.Female, ["spokesman"] = Gender.Male, ["chairwoman"] = Gender.Female,
        ["chairman"] = Gender.Male, ["congresswoman"] = Gender.Female, ["congressman"] = Gender.Male,
        ["mother"] = Gender.Female, ["father"] = Gender.Male, ["wife"] = Gender.Female, ["husband"] = Gender.Male,
        ["woman"] = Gender.Female, ["man"] = Gender.Male, ["daughter"] = Gender.Female, ["son"] = Gender.Male,
        ["sister"] = Gender.Female, ["brother"] = Gender.Male, ["girl"] = Gender.Female, ["boy"] = Gender.Male,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// Lower-case nouns that name a role and can head a description or stand before a name ("campaign manager Robby Mook").
    private static readonly FrozenSet<string> RoleNouns = FrozenSet.Create(StringComparer.Ordinal,
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "strategist", "strategists", "manager", "chairman", "chairwoman", "chair", "director", "president",
        "senator", "governor", "lawmaker", "lawmakers", "official", "officials", "executive", "executives", "founder",
        "analyst", "analysts", "economist", "economists", "professor", "researcher", "researchers", "expert", "experts",
        "lawyer", "lawyers", "attorney", "attorneys", "candidate", "candidates", "nominee", "secretary", "leader",
        "leaders", "member", "members", "host", "anchor", "reporter", "reporters", "correspondent", "editor",
        "columnist", "writer", "author", "pollster", "consultant", "operative", "activist", "activists", "organizer",
        "supporter", "supporters", "voter", "voters", "resident", "residents", "owner", "worker", "workers", "officer",
        "officers", "agent", "agents", "commander", "minister", "ambassador", "mayor", "judge", "justice", "congressman",
        "congresswoman", "representative", "delegate", "delegates", "deputy", "chief", "critic", "critics", "source",
        "sources", "ceo", "head", "commentator", "moderator", "historian", "scientist", "scientists", "teacher",
        "student", "students", "doctor", "doctors", "police", "prosecutor", "prosecutors", "investigator",
        "investigators", "diplomat", "diplomats", "fellow", "scholar", "pastor", "coach", "player", "mother", "father",
        "woman", "man", "businessman", "businesswoman", "billionaire", "mogul", "insider", "insiders", "observer",
        "observers", "donor", "donors", "veteran", "veterans", "campaign", "committee", "group", "organization",
        "company", "agency", "department", "administration", "government", "party", "report", "study", "statement",
        "ad", "letter", "memo", "lawsuit", "complaint", "filing", "survey", "poll", "website", "post", "video", "article",
        "editorial", "release", "tweet", "newspaper", "paper", "network", "outlet", "magazine", "site", "blog",
        "foundation", "spokespersons", "senators", "governors", "presidents", "mayors", "republicans", "democrats",
        "people", "residents", "protesters", "demonstrators", "groups", "organizations", "companies", "officials",
        "authorities", "leaders", "chairmen", "candidate", "contender", "challenger", "incumbent", "rival", "opponent",
        "opponents", "frontrunner", "front-runner", "nominee", "vice", "press", "communications", "policy", "senior",
        "former", "top", "state", "national", "campaign", "legal", "general", "political", "deputy", "assistant");

    /// Capitalised words that end or mark an organisation's name.
    private static readonly FrozenSet<string> OrganizationWords = FrozenSet.Create(StringComparer.Ordinal,
        "House", "Department", "Dept.", "Ministry", "Committee", "Commission", "Council", "Party", "Campaign", "Institute",
        "Institution", "Foundation", "Center", "Centre", "Association", "Agency", "Bureau", "Office", "Court", "Senate",
        "Congress", "Administration", "Times", "Post", "News", "Journal", "Network", "Herald", "Tribune", "Gazette",
        "Magazine", "Review", "Inc.", "Corp.", "Co.", "LLC", "Ltd.", "Group", "Union", "Service", "Board", "University",
        "College", "School", "Company", "Bank", "Fund", "PAC", "Organization", "Organisation", "Coalition", "Alliance",
        "Federation", "Reuters", "Television", "TV", "Radio", "Channel", "Police", "Army", "Navy", "Force", "Guard",
        "Authority", "Club", "Society", "League", "Project", "Initiative", "Trust", "Caucus", "Cabinet", "Government",
        "Parliament", "Assembly", "Legislature", "Embassy", "Tribunal", "Watch", "Research", "Labs", "Laboratory",
        "Hospital", "Church", "Pentagon", "Kremlin", "Commerce", "Corporation", "Industries", "Holdings", "Partners",
        "Capital", "Media", "Press", "Daily", "Weekly", "Monthly", "Sun", "Star", "Observer", "Guardian", "Telegraph",
        "Examiner", "Chronicle", "Bulletin", "Report", "Insider", "Beast", "Hill", "Atlantic", "Wire", "Agencies",
        "Department's", "Secretariat", "Directorate", "Tribune", "Register", "Inquirer", "Courier", "Dispatch",
        "Republicans", "Democrats", "GOP", "DNC", "RNC");

    /// Capitalised words that open sentences or phrases and are never part of a name.
    private static readonly FrozenSet<string> NonNames = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
        "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "Nor", "For", "In", "On",
        "At", "As", "If", "When", "While", "After", "Before", "Since", "Although", "Though", "Because", "Despite",
        "During", "Until", "Once", "Still", "Also", "However", "Meanwhile", "Now", "Then", "Some", "Many", "Most",
        "Much", "More", "One", "Both", "Each", "Every", "All", "Any", "No", "Not", "Only", "Even", "According", "Last",
        "Next", "By", "From", "With", "Without", "Under", "Over", "Among", "Other", "Such", "What", "Who", "Why", "How",
        "Where", "Which", "Whether", "To", "Instead", "Indeed", "Yes", "Asked", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August",
        "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Mr", "Mrs", "Ms", "Dr", "Of", "Well", "Like", "Just", "Again", "Today", "Yesterday", "Tomorrow", "Earlier",
        "Later", "Thanks", "Thank", "Please", "OK", "Okay", "Oh", "Sure", "Let", "Do", "Does", "Did", "Is", "Are", "Was",
        "Were", "Will", "Would", "Can", "Could", "Should", "Has", "Have", "Had", "Said", "Says", "Asked", "Told",
        "Speaking", "Writing", "Meanwhile", "Instead", "Already", "Perhaps", "Maybe", "Never", "Always", "Often",
        "Sometimes", "Then", "Finally", "First", "Second", "Third", "Several", "Few", "Two", "Three", "Four", "Five",
        "Ten", "Hundreds", "Thousands", "Millions", "Both", "Either", "Neither", "Whatever", "Whoever", "Whenever",
        "See", "Photo", "Credit", "Via", "Update", "UPDATE", "Editor's", "Note", "Related");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitlesLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> GenderedLookup = GenderedTitles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = RoleNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgLookup = OrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonNamesLookup = NonNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitle(ReadOnlySpan<char> word) => TitlesLookup.Contains(word);

    public static Gender TitleGender(ReadOnlySpan<char> word) => GenderedLookup.TryGetValue(word, out var g) ? g : Gender.Unknown;

    public static bool IsRoleNoun(ReadOnlySpan<char> word) => RoleLookup.Contains(word);

    public static bool IsOrganizationWord(ReadOnlySpan<char> word) => OrgLookup.Contains(word);

    public static bool IsNonName(ReadOnlySpan<char> word) => NonNamesLookup.Contains(word);

    /// Name particles written in lower case inside names (Charles de Gaulle, Ludwig van Beethoven).
    public static bool IsParticle(ReadOnlySpan<char> word) =>
        word is "de" or "del" or "della" or "der" or "den" or "van" or "von" or "bin" or "ibn" or "al" or "el" or "la"
            or "le" or "da" or "di" or "du" or "dos" or "das" or "ter" or "ten" or "y" or "St." or "bint" or "abu";

    /// Name suffixes (Jr., III).
    public static bool IsSuffix(ReadOnlySpan<char> word) =>
        word is "Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV" or "V" or "Esq.";
}
