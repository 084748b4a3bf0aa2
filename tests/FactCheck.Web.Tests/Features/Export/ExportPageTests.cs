using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Storage.Exports;
using FactCheck.Web.Features.Export;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Export;

public class ExportPageTests : WebTestContext
{
    private const string Text = "Unemployment fell to 3.9% in May.";

    public ExportPageTests() => Services.AddSingleton(new ExportQuery(Db, Scales));

    [Fact]
    public void ExportPage_EmptyDesk_SaysThereIsNothingToExportInsteadOfOfferingFiles()
    {
        var cut = Render<ExportPage>();

        Assert.Empty(cut.FindAll("[data-testid=export-download]"));
        Assert.Equal(
            ["No published verdicts yet: ClaimReview covers published verdicts only.", "No verdicts yet: nobody has rated a claim or quote.", "No verdicts yet: nobody has rated a claim or quote."],
            cut.FindAll("[data-testid=export-empty]").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public void ExportPage_DraftVerdict_OffersCsvAndAnnotationsButNotClaimReview()
    {
        var claim = new SpanSuggestion(SpanKind.Claim, TextAnchor.Create(Text, new(0, Text.Length)), 0.9, [], null, null);
        var articleId = Articles.Add(new NewArticle("Jobs", Text), new SpanSuggestions([claim], []), DateTime.UtcNow);
        Verdicts.Save(Articles.Spans(articleId)[0].Id, ActorFor(Checker), "true", "Checked.", null, DateTime.UtcNow);

        var cut = Render<ExportPage>();

        Assert.Empty(cut.Find("[data-testid=export-claimreview]").QuerySelectorAll("[data-testid=export-download]"));
        var csv = cut.Find("[data-testid=export-csv] [data-testid=export-download]");
        Assert.Equal("/export/verdicts.csv", csv.GetAttribute("href"));
        Assert.Contains("Download 1 verdict", csv.TextContent);
        Assert.Equal("/export/annotations.jsonld", cut.Find("[data-testid=export-annotations] [data-testid=export-download]").GetAttribute("href"));
    }
}
