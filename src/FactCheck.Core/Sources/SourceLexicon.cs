using System.Collections.Frozen;

namespace FactCheck.Core.Sources;

/// <summary>
/// Well-known outlets, public bodies, think tanks, platforms and companies, with the spellings news prose uses
/// for them, so that "Wall Street Journal", "WSJ" and "The Wall Street Journal" are one source.
/// </summary>
internal static class SourceLexicon
{
    private static readonly (string Canonical, SourceKind Kind, string[] Variants)[] Entries =
    [
        ("The Wall Street Journal", SourceKind.NewsOutlet, ["Wall Street Journal", "WSJ", "the Wall Street Journal"]),
        ("The New York Times", SourceKind.NewsOutlet, ["New York Times", "NYT", "the New York Times"]),
        ("The Washington Post", SourceKind.NewsOutlet, ["Washington Post", "the Washington Post", "Wash Post"]),
        ("Fox News", SourceKind.NewsOutlet, ["Fox News Channel", "FOX News", "Fox News Sunday"]),
        ("Fox Business", SourceKind.NewsOutlet, ["Fox Business Network"]),
        ("CNN", SourceKind.NewsOutlet, ["CNN International"]),
        ("MSNBC", SourceKind.NewsOutlet, []),
        ("CNBC", SourceKind.NewsOutlet, []),
        ("NBC News", SourceKind.NewsOutlet, ["NBC"]),
        ("ABC News", SourceKind.NewsOutlet, ["ABC"]),
        ("CBS News", SourceKind.NewsOutlet, ["CBS"]),
        ("NPR", SourceKind.NewsOutlet, ["National Public Radio"]),
        ("PBS", SourceKind.NewsOutlet, ["PBS NewsHour"]),
        ("BBC", SourceKind.NewsOutlet, ["BBC News"]),
        ("Reuters", SourceKind.NewsOutlet, ["Thomson Reuters"]),
        ("The Associated Press", SourceKind.NewsOutlet, ["Associated Press", "the Associated Press", "AP"]),
        ("Agence France-Presse", SourceKind.NewsOutlet, ["AFP", "Agence France Presse"]),
        ("Bloomberg", SourceKind.NewsOutlet, ["Bloomberg News"]),
        ("Politico", SourceKind.NewsOutlet, ["POLITICO"]),
        ("USA Today", SourceKind.NewsOutlet, ["USA TODAY"]),
        ("The Guardian", SourceKind.NewsOutlet, ["Guardian", "the Guardian"]),
        ("The Hill", SourceKind.NewsOutlet, ["the Hill"]),
        ("Axios", SourceKind.NewsOutlet, []),
        ("HuffPost", SourceKind.NewsOutlet, ["Huffington Post", "The Huffington Post", "the Huffington Post"]),
        ("Breitbart News", SourceKind.NewsOutlet, ["Breitbart"]),
        ("BuzzFeed News", SourceKind.NewsOutlet, ["BuzzFeed"]),
        ("Vox", SourceKind.NewsOutlet, []),
        ("The Atlantic", SourceKind.NewsOutlet, []),
        ("The New Yorker", SourceKind.NewsOutlet, ["New Yorker"]),
        ("Newsweek", SourceKind.NewsOutlet, []),
        ("Time", SourceKind.NewsOutlet, ["Time magazine", "TIME"]),
        ("The Economist", SourceKind.NewsOutlet, []),
        ("Financial Times", SourceKind.NewsOutlet, ["the Financial Times", "The Financial Times", "FT"]),
        ("Los Angeles Times", SourceKind.NewsOutlet, ["the Los Angeles Times", "LA Times", "L.A. Times"]),
        ("Chicago Tribune", SourceKind.NewsOutlet, ["the Chicago Tribune"]),
        ("The Boston Globe", SourceKind.NewsOutlet, ["Boston Globe", "the Boston Globe"]),
        ("Daily Mail", SourceKind.NewsOutlet, ["the Daily Mail", "The Daily Mail"]),
        ("The Daily Caller", SourceKind.NewsOutlet, ["Daily Caller", "the Daily Caller"]),
        ("The Daily Beast", SourceKind.NewsOutlet, ["Daily Beast", "the Daily Beast"]),
        ("National Review", SourceKind.NewsOutlet, []),
        ("The Weekly Standard", SourceKind.NewsOutlet, ["Weekly Standard"]),
        ("Mother Jones", SourceKind.NewsOutlet, []),
        ("Slate", SourceKind.NewsOutlet, []),
        ("The Intercept", SourceKind.NewsOutlet, []),
        ("ProPublica", SourceKind.NewsOutlet, []),
        ("Al Jazeera", SourceKind.NewsOutlet, []),
        ("Yahoo News", SourceKind.NewsOutlet, ["Yahoo! News", "Yahoo"]),
        ("The Western Journal", SourceKind.NewsOutlet, ["Western Journal"]),
        ("The Nation", SourceKind.NewsOutlet, []),
        ("Univision", SourceKind.NewsOutlet, []),
        ("Telemundo", SourceKind.NewsOutlet, []),
        ("Sky News", SourceKind.NewsOutlet, []),
        ("New York Post", SourceKind.NewsOutlet, ["the New York Post", "The New York Post"]),
        ("The Des Moines Register", SourceKind.NewsOutlet, ["Des Moines Register", "the Des Moines Register"]),
        ("Washington Examiner", SourceKind.NewsOutlet, ["the Washington Examiner", "The Washington Examiner"]),
        ("The Washington Times", SourceKind.NewsOutlet, ["Washington Times", "the Washington Times"]),
        ("The Washington Free Beacon", SourceKind.NewsOutlet, ["Washington Free Beacon", "Free Beacon"]),
        ("Drudge Report", SourceKind.NewsOutlet, ["the Drudge Report"]),
        ("RealClearPolitics", SourceKind.NewsOutlet, ["Real Clear Politics"]),
        ("FiveThirtyEight", SourceKind.NewsOutlet, []),
        ("The Telegraph", SourceKind.NewsOutlet, ["Daily Telegraph", "the Telegraph"]),
        ("The Independent", SourceKind.NewsOutlet, []),
        ("Der Spiegel", SourceKind.NewsOutlet, ["Spiegel"]),
        ("Le Monde", SourceKind.NewsOutlet, []),
        ("El Universal", SourceKind.NewsOutlet, []),
        ("Xinhua", SourceKind.NewsOutlet, ["Xinhua News Agency"]),
        ("The White House", SourceKind.GovernmentBody, ["White House", "the White House"]),
        ("The Pentagon", SourceKind.GovernmentBody, ["Pentagon", "the Pentagon"]),
        ("The State Department", SourceKind.GovernmentBody, ["State Department", "the State Department", "Department of State"]),
        ("The Justice Department", SourceKind.GovernmentBody, ["Justice Department", "the Justice Department", "Department of Justice", "DOJ"]),
        ("The Department of Homeland Security", SourceKind.GovernmentBody, ["Department of Homeland Security", "Homeland Security Department", "DHS"]),
        ("The Department of Defense", SourceKind.GovernmentBody, ["Department of Defense", "Defense Department", "the Defense Department", "DoD"]),
        ("The Treasury Department", SourceKind.GovernmentBody, ["Treasury Department", "the Treasury Department", "Department of the Treasury"]),
        ("FBI", SourceKind.GovernmentBody, ["the FBI", "Federal Bureau of Investigation"]),
        ("CIA", SourceKind.GovernmentBody, ["the CIA", "Central Intelligence Agency"]),
        ("NSA", SourceKind.GovernmentBody, ["National Security Agency"]),
        ("Congressional Budget Office", SourceKind.GovernmentBody, ["CBO", "the Congressional Budget Office"]),
        ("Government Accountability Office", SourceKind.GovernmentBody, ["GAO", "the Government Accountability Office"]),
        ("U.S. Census Bureau", SourceKind.GovernmentBody, ["Census Bureau", "the Census Bureau"]),
        ("Bureau of Labor Statistics", SourceKind.GovernmentBody, ["BLS", "the Bureau of Labor Statistics"]),
        ("Federal Reserve", SourceKind.GovernmentBody, ["the Federal Reserve", "the Fed"]),
        ("Environmental Protection Agency", SourceKind.GovernmentBody, ["EPA", "the EPA"]),
        ("Centers for Disease Control and Prevention", SourceKind.GovernmentBody, ["CDC", "the CDC"]),
        ("Food and Drug Administration", SourceKind.GovernmentBody, ["FDA", "the FDA"]),
        ("Internal Revenue Service", SourceKind.GovernmentBody, ["IRS", "the IRS"]),
        ("Supreme Court", SourceKind.GovernmentBody, ["the Supreme Court", "U.S. Supreme Court"]),
        ("The Kremlin", SourceKind.GovernmentBody, ["Kremlin", "the Kremlin"]),
        ("United Nations", SourceKind.GovernmentBody, ["the United Nations", "U.N.", "UN"]),
        ("European Commission", SourceKind.GovernmentBody, ["the European Commission"]),
        ("NATO", SourceKind.GovernmentBody, []),
        ("World Health Organization", SourceKind.GovernmentBody, ["WHO", "the World Health Organization"]),
        ("International Monetary Fund", SourceKind.GovernmentBody, ["IMF", "the IMF"]),
        ("World Bank", SourceKind.GovernmentBody, ["the World Bank"]),
        ("The Heritage Foundation", SourceKind.ThinkTankOrReport, ["Heritage Foundation", "the Heritage Foundation", "Heritage"]),
        ("Brookings Institution", SourceKind.ThinkTankOrReport, ["the Brookings Institution", "Brookings", "Brookings Institute"]),
        ("Cato Institute", SourceKind.ThinkTankOrReport, ["the Cato Institute", "Cato"]),
        ("American Enterprise Institute", SourceKind.ThinkTankOrReport, ["the American Enterprise Institute", "AEI"]),
        ("Center for American Progress", SourceKind.ThinkTankOrReport, ["the Center for American Progress"]),
        ("Council on Foreign Relations", SourceKind.ThinkTankOrReport, ["the Council on Foreign Relations", "CFR"]),
        ("RAND Corporation", SourceKind.ThinkTankOrReport, ["the RAND Corporation", "RAND", "Rand Corp."]),
        ("Urban Institute", SourceKind.ThinkTankOrReport, ["the Urban Institute"]),
        ("Tax Policy Center", SourceKind.ThinkTankOrReport, ["the Tax Policy Center"]),
        ("Tax Foundation", SourceKind.ThinkTankOrReport, ["the Tax Foundation"]),
        ("Pew Research Center", SourceKind.ThinkTankOrReport, ["the Pew Research Center", "Pew"]),
        ("Manhattan Institute", SourceKind.ThinkTankOrReport, ["the Manhattan Institute"]),
        ("Hoover Institution", SourceKind.ThinkTankOrReport, ["the Hoover Institution"]),
        ("Center for Strategic and International Studies", SourceKind.ThinkTankOrReport, ["CSIS"]),
        ("Bipartisan Policy Center", SourceKind.ThinkTankOrReport, ["the Bipartisan Policy Center"]),
        ("Economic Policy Institute", SourceKind.ThinkTankOrReport, ["the Economic Policy Institute"]),
        ("Gallup", SourceKind.ThinkTankOrReport, []),
        ("Quinnipiac University", SourceKind.ThinkTankOrReport, ["Quinnipiac"]),
        ("Twitter", SourceKind.SocialMedia, []),
        ("Facebook", SourceKind.SocialMedia, []),
        ("Instagram", SourceKind.SocialMedia, []),
        ("YouTube", SourceKind.SocialMedia, []),
        ("TikTok", SourceKind.SocialMedia, []),
        ("Truth Social", SourceKind.SocialMedia, []),
        ("Reddit", SourceKind.SocialMedia, []),
        ("LinkedIn", SourceKind.SocialMedia, []),
        ("Telegram", SourceKind.SocialMedia, []),
        ("Google", SourceKind.Company, []),
        ("Apple", SourceKind.Company, []),
        ("Amazon", SourceKind.Company, []),
        ("Microsoft", SourceKind.Company, []),
        ("Meta", SourceKind.Company, []),
        ("Tesla", SourceKind.Company, []),
        ("Pfizer", SourceKind.Company, []),
        ("Goldman Sachs", SourceKind.Company, []),
        ("JPMorgan Chase", SourceKind.Company, ["JPMorgan"]),
        ("Exxon Mobil", SourceKind.Company, ["ExxonMobil", "Exxon"]),
        ("Walmart", SourceKind.Company, []),
        ("Boeing", SourceKind.Company, []),
        ("General Motors", SourceKind.Company, ["GM"]),
        ("Moody's", SourceKind.Company, ["Moody\u2019s", "Moody's Investors Service"]),
        ("Standard & Poor's", SourceKind.Company, ["S&P", "Standard & Poor\u2019s"]),
        ("Amnesty International", SourceKind.Organization, []),
        ("Human Rights Watch", SourceKind.Organization, []),
        ("Southern Poverty Law Center", SourceKind.Organization, ["the Southern Poverty Law Center", "SPLC"]),
    ];

    private static readonly FrozenDictionary<string, (string Canonical, SourceKind Kind)> Known = Build();
    private static readonly FrozenDictionary<string, (string Canonical, SourceKind Kind)>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// Every known source once, by its canonical name.
    public static IEnumerable<(string Canonical, SourceKind Kind)> Canonicals => Entries.Select(e => (e.Canonical, e.Kind));

    /// The canonical name and kind of a known source written as <paramref name="name"/>.
    public static bool TryCanonical(ReadOnlySpan<char> name, out string canonical, out SourceKind kind)
    {
        if (KnownLookup.TryGetValue(name, out var entry))
        {
            (canonical, kind) = entry;
            return true;
        }
        canonical = "";
        kind = default;
        return false;
    }

    private static FrozenDictionary<string, (string, SourceKind)> Build()
    {
        var d = new Dictionary<string, (string, SourceKind)>(StringComparer.Ordinal);
        foreach (var (canonical, kind, variants) in Entries)
        {
            d[canonical] = (canonical, kind);
            foreach (var v in variants)
                d.TryAdd(v, (canonical, kind));
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
