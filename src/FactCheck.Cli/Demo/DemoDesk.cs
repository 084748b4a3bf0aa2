using Bogus;
using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Quotes;
using FactCheck.Core.Review;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;
using FactCheck.Storage;
using FactCheck.Storage.Desk;

namespace FactCheck.Cli.Demo;

/// A realistic desk made up with Bogus from a fixed seed: news articles with claims and quotes, checkers
/// and editors, and verdicts in every status spread over eighteen months, some claims rated blind by two
/// checkers who mostly, not always, agree. The same seed gives the same desk.
public sealed class DemoDesk(int articles, int verdicts, int seed = 20260301)
{
    public const string Password = "demo-password";

    public static readonly string[] Checkers = ["amara", "bruno", "chen", "dana", "elif", "farid", "greta", "hugo"];
    public static readonly string[] Editors = ["ines", "jonas", "kemi"];

    private static readonly string[] Outlets =
        ["Daily Bugle", "Harbor Herald", "The Morning Ledger", "Metro Wire", "Civic Times", "Northern Post", "Valley Courier", "The Observer Desk", "Capital Report", "Coastline News", "Evening Standard-Tribune", "Plains Gazette"];

    private static readonly string[] Sources =
        ["Bureau of Labor Statistics", "Census Bureau", "World Health Organization", "the Treasury", "the Federal Reserve", "Pew Research Center", "the OECD", "the city council", "the Department of Education", "Eurostat", "the IMF", "the police department"];

    private static readonly string[] Topics = ["unemployment", "inflation", "crime", "housing costs", "school funding", "hospital waiting times", "carbon emissions", "the budget deficit", "wages", "immigration", "tax revenue", "rents"];

    private static readonly string[] Verbs = ["said", "told reporters", "argued", "claimed", "insisted", "wrote"];

    private static readonly string[] ReturnComments =
        ["Link the primary source, not the press release.", "The rating looks too harsh for what the data shows.", "Add the year the figure refers to.", "Quote the speaker's full sentence before rating it.", "Check the second number against the official release."];

    // Where a verdict's age puts it in the workflow: older verdicts are mostly published.
    private static readonly (VerdictStatus Status, double Weight)[] StatusMix =
        [(VerdictStatus.Published, 0.50), (VerdictStatus.Approved, 0.10), (VerdictStatus.Submitted, 0.14), (VerdictStatus.Returned, 0.08), (VerdictStatus.Draft, 0.18)];

    public record Result(int Articles, int Spans, int Verdicts, int PairedClaims, TimeSpan Elapsed);

    public Result WriteTo(FactCheckDb db, UserStore users, DateTime now, Action<string>? progress = null)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        Randomizer.Seed = new Random(seed);
        var faker = new Faker("en");
        foreach (var name in Checkers)
            users.Create(name, faker.Name.FullName(), Role.FactChecker, Password, now);
        foreach (var name in Editors)
            users.Create(name, faker.Name.FullName(), Role.Editor, Password, now);

        var writer = new SeedWriter(db);
        var start = now.AddMonths(-18);
        var spansPerArticle = Math.Max(4, (int)Math.Ceiling(verdicts / (double)Math.Max(1, articles) / 1.2) + 2);
        var pending = new List<Verdict>();
        int spanCount = 0, verdictCount = 0, paired = 0;
        for (var a = 0; a < articles; a++)
        {
            var importedAt = start.AddMinutes(faker.Random.Double() * (now - start).TotalMinutes * 0.97);
            var (article, suggestions) = Article(faker, spansPerArticle, importedAt);
            var (articleId, spanIds) = writer.AddArticle(article, suggestions, importedAt);
            spanCount += spanIds.Count;
            // Verdicts are shared out evenly over the articles still to come.
            var budget = (verdicts - verdictCount + articles - a - 1) / (articles - a);
            foreach (var spanId in spanIds)
            {
                if (budget <= 0)
                    break;
                var pairedRating = budget >= 2 && faker.Random.Bool(0.18f);
                var checkers = faker.PickRandom(Checkers, pairedRating ? 2 : 1).ToArray();
                var first = faker.Random.Int(0, 5);
                foreach (var (checker, i) in checkers.Select((c, i) => (c, i)))
                {
                    var rank = i == 0 ? first : Second(faker, first);
                    pending.Add(Verdict(faker, articleId, spanId, checker, RatingScale.Default.Ratings[rank].Key, importedAt, now));
                    budget--;
                    verdictCount++;
                }
                paired += pairedRating ? 1 : 0;
            }
            if (pending.Count >= 5_000 || a == articles - 1)
            {
                writer.AddVerdicts(pending);
                pending.Clear();
                progress?.Invoke($"{a + 1:N0} articles, {verdictCount:N0} verdicts");
            }
        }
        return new Result(articles, spanCount, verdictCount, paired, started.Elapsed);
    }

    // A second checker agrees two times in three, else is usually one step off; now and then anything.
    private static int Second(Faker faker, int first)
    {
        var roll = faker.Random.Double();
        if (roll < 0.66)
            return first;
        if (roll < 0.94)
            return Math.Clamp(first + faker.PickRandom(-1, 1), 0, 5);
        return faker.Random.Int(0, 6);
    }

    private static Verdict Verdict(Faker faker, int articleId, int spanId, string checker, string rating, DateTime importedAt, DateTime now)
    {
        var created = Min(importedAt.AddHours(faker.Random.Double(0.5, 96)), now.AddMinutes(-30));
        var age = (now - created).TotalDays;
        // Recent work is still in progress; older work has mostly gone through.
        var status = age < 3 ? faker.PickRandom(VerdictStatus.Draft, VerdictStatus.Submitted, VerdictStatus.Submitted, VerdictStatus.Returned)
            : faker.Random.WeightedRandom(StatusMix.Select(s => s.Status).ToArray(), StatusMix.Select(s => (float)s.Weight).ToArray());
        DateTime? submitted = status == VerdictStatus.Draft ? null : Min(created.AddHours(faker.Random.Double(0.2, 30)), now.AddMinutes(-20));
        var editor = faker.PickRandom(Editors);
        DateTime? reviewed = status is VerdictStatus.Returned or VerdictStatus.Approved or VerdictStatus.Published ? Min(submitted!.Value.AddHours(faker.Random.Double(1, 60)), now.AddMinutes(-10)) : null;
        DateTime? published = status == VerdictStatus.Published ? Min(reviewed!.Value.AddHours(faker.Random.Double(0.5, 24)), now.AddMinutes(-5)) : null;
        var updated = published ?? reviewed ?? submitted ?? created;
        return new Verdict(0, articleId, spanId, checker, rating, faker.Lorem.Paragraph(3), status, created, updated,
            Version: status switch { VerdictStatus.Draft => 1, VerdictStatus.Submitted => 2, VerdictStatus.Published => 4, _ => 3 },
            EditorComment: status == VerdictStatus.Returned ? faker.PickRandom(ReturnComments) : null,
            Reviewer: reviewed is null ? null : editor,
            SubmittedAt: submitted, ReviewedAt: reviewed, PublishedAt: published, LastEditedBy: checker);
    }

    private static (NewArticle Article, SpanSuggestions Suggestions) Article(Faker faker, int spanCount, DateTime importedAt)
    {
        var topic = faker.PickRandom(Topics);
        var text = new System.Text.StringBuilder();
        var spans = new List<SpanSuggestion>();
        var sourceSpans = new Dictionary<string, List<int>>();
        for (var i = 0; i < spanCount; i++)
        {
            text.Append(faker.Lorem.Sentence(faker.Random.Int(8, 16))).Append(' ');
            var source = faker.PickRandom(Sources);
            var isQuote = faker.Random.Bool(0.35f);
            string sentence;
            int from, to;
            Speaker? speaker = null;
            if (isQuote)
            {
                var name = faker.Name.FullName();
                var words = $"{topic.Substring(0, 1).ToUpperInvariant()}{topic[1..]} has {faker.PickRandom("doubled", "halved", "fallen by a third", "risen every year")} since {faker.Random.Int(2010, 2024)}";
                sentence = $"“{words},” {name} {faker.PickRandom(Verbs)}.";
                from = text.Length;
                to = from + words.Length + 3;
                speaker = new Speaker(name, true, faker.Name.JobTitle(), null, null, null, null);
            }
            else
            {
                sentence = $"According to {source}, {topic} {faker.PickRandom("rose", "fell", "stayed flat")} by {faker.Random.Double(0.5, 40):0.0}% in {faker.Random.Int(2015, 2025)}.";
                from = text.Length;
                to = from + sentence.Length;
                if (!sourceSpans.TryGetValue(source, out var list))
                    sourceSpans[source] = list = [];
                list.Add(spans.Count);
            }
            text.Append(sentence).Append(' ');
            if (faker.Random.Bool(0.25f))
                text.Append("\n\n");
            var kind = isQuote ? SpanKind.Quote : SpanKind.Claim;
            spans.Add(new SpanSuggestion(kind, TextAnchor.Create(text.ToString(), TextSpan.FromBounds(from, to)), isQuote ? null : faker.Random.Double(0.5, 0.99), [], speaker, null));
        }
        var body = text.ToString().TrimEnd();
        // Anchors were cut from the text as it grew; their context must come from the finished text.
        spans = spans.Select(s => s with { Anchor = TextAnchor.Create(body, s.Anchor.Span) }).ToList();
        var sources = sourceSpans.Select(s => new SourceSuggestion(s.Key, SourceKind.Organization, "according to", [], s.Value.ToArray())).ToArray();
        var title = $"{faker.PickRandom("Mayor", "Minister", "Senator", "Union leader", "Council")} {faker.PickRandom("defends", "questions", "attacks", "promises")} record on {topic}";
        var article = new NewArticle(title, body, faker.PickRandom(Outlets), $"https://news.example.org/{faker.Internet.UserName().ToLowerInvariant()}-{faker.Random.AlphaNumeric(6)}",
            DateOnly.FromDateTime(importedAt.AddDays(-faker.Random.Int(0, 3))), faker.Name.FullName());
        return (article, new SpanSuggestions(spans, sources));
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
