using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Quotes;
using FactCheck.Core.Review;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;
using FactCheck.Storage.Exports;

namespace FactCheck.Storage.Tests.Exports;

/// A desk with one article whose spans cover every case the exports handle: a claim the article makes
/// (after an emoji, so UTF-16 and code point offsets differ), a quote by a named person, a quote by an
/// organisation, and a quote with no speaker; three published verdicts (one unverifiable) and a draft.
public sealed class ExportDesk : IDisposable
{
    public const string Text =
        "Crime fell 20% in 2024 🚓 across the city. \"We hired 500 officers,\" said Mayor Jane Roe. " +
        "\"Unemployment is at 3%,\" the Labor Ministry said. \"It is =SUM(A1) safe,\" someone said.";

    public static readonly DateTime Published = new(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
    private static readonly Actor Checker = new("casey", Role.FactChecker);
    private static readonly Actor Editor = new("eddie", Role.Editor);

    public TempDatabase Temp { get; } = new();

    public int ArticleId { get; private set; }

    public int ClaimId { get; private set; }

    public int PersonQuoteId { get; private set; }

    public int OrganizationQuoteId { get; private set; }

    public int AnonymousQuoteId { get; private set; }

    public DeskExporter Exporter => new(new ExportQuery(Temp.Db, new ScaleStore(Temp.Db)), Temp.Settings, Temp.Articles);

    public static TextSpan Find(string part) => new(Text.IndexOf(part, StringComparison.Ordinal), part.Length);

    public ExportDesk Build()
    {
        var claim = Find("Crime fell 20% in 2024 🚓 across the city.");
        var person = Find("We hired 500 officers,");
        var organization = Find("Unemployment is at 3%,");
        var anonymous = Find("It is =SUM(A1) safe,");
        var ministry = Find("Labor Ministry");
        SpanSuggestion Suggest(SpanKind kind, TextSpan span, Speaker? speaker) => new(kind, TextAnchor.Create(Text, span), null, [], speaker, null);
        ArticleId = Temp.Articles.Add(
            new NewArticle("Crime & jobs </script>", Text, "The Daily", "https://daily.example/crime", new DateOnly(2026, 2, 1), "Sam Reporter"),
            new SpanSuggestions(
                [
                    Suggest(SpanKind.Claim, claim, null),
                    Suggest(SpanKind.Quote, person, new Speaker("Jane Roe", true, "Mayor", "City Hall")),
                    Suggest(SpanKind.Quote, organization, new Speaker("Labor Ministry", true)),
                    Suggest(SpanKind.Quote, anonymous, null),
                ],
                [new SourceSuggestion("Labor Ministry", SourceKind.GovernmentBody, "said", [ministry], [2])]),
            Published.AddDays(-30));
        var spans = Temp.Articles.Spans(ArticleId);
        (ClaimId, PersonQuoteId, OrganizationQuoteId, AnonymousQuoteId) = (spans[0].Id, spans[1].Id, spans[2].Id, spans[3].Id);

        Publish(ClaimId, "false", "Police data show a 2% fall.");
        Publish(PersonQuoteId, "mostly-true", "The city hired 480.");
        Publish(OrganizationQuoteId, "unverifiable", "The ministry has not published the series.");
        Temp.Verdicts.Save(AnonymousQuoteId, Checker, "half-true", "=HYPERLINK(\"http://evil.example\")", null, Published);
        Temp.Settings.Save(new DeskSettings(OrganizationName: "Truth Desk", OrganizationUrl: "https://truthdesk.example"), Editor, Published);
        return this;
    }

    private void Publish(int spanId, string rating, string rationale)
    {
        var verdicts = Temp.Verdicts;
        var v = verdicts.Save(spanId, Checker, rating, rationale, null, Published.AddHours(-3)).Verdict!;
        v = verdicts.Submit(v.Id, Checker, v.Version, Published.AddHours(-2)).Verdict!;
        v = verdicts.Approve(v.Id, Editor, null, v.Version, Published.AddHours(-1)).Verdict!;
        Assert.True(verdicts.Publish(v.Id, Editor, v.Version, Published).Succeeded);
    }

    public string Export(ExportFormat format, int? articleId = null)
    {
        var file = Exporter.Prepare(format, "https://desk.example/", articleId);
        Assert.Null(file.Problem);
        using var stream = new MemoryStream();
        file.WriteTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Dispose() => Temp.Dispose();
}
