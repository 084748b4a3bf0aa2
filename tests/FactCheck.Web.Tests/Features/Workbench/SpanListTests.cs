using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Web.Features.Workbench;

namespace FactCheck.Web.Tests.Features.Workbench;

public class SpanListTests : WebTestContext
{
    [Fact]
    public void SpanList_AnalyzedArticle_ShowsEveryClaimAndQuote()
    {
        var articleId = ImportSample();
        var spans = Articles.Spans(articleId);

        var cut = Render<SpanList>(p => p
            .Add(x => x.Spans, spans)
            .Add(x => x.Verdicts, new Dictionary<int, Verdict>())
            .Add(x => x.Scale, RatingScale.Default));

        var items = cut.FindAll("[data-testid=span-item]");
        Assert.Equal(spans.Count, items.Count);
        Assert.Equal(4, items.Count(i => i.GetAttribute("data-kind") == "Quote"));
        Assert.Contains(items, i => i.TextContent.Contains("How can we help you fight drug trafficking?"));
        Assert.Contains(items, i => i.GetAttribute("data-kind") == "Claim" && i.TextContent.Contains("score"));
    }

    [Fact]
    public void SpanList_SpanWithVerdict_ShowsTheRatingLabel()
    {
        var articleId = ImportSample();
        var spans = Articles.Spans(articleId);
        var quote = spans.First(s => s.Kind == SpanKind.Quote);
        var verdict = Verdicts.Save(quote.Id, ActorFor(Checker), "pants-on-fire", "No record of it.", null, DateTime.UtcNow).Verdict!;

        var cut = Render<SpanList>(p => p
            .Add(x => x.Spans, spans)
            .Add(x => x.Verdicts, new Dictionary<int, Verdict> { [quote.Id] = verdict })
            .Add(x => x.Scale, RatingScale.Default));

        var chip = Assert.Single(cut.FindAll("[data-testid=span-verdict]"));
        Assert.Equal("Pants on fire", chip.TextContent.Trim());
        Assert.Contains("How can we help", cut.Find($"[data-span-id='{quote.Id}']").TextContent);
    }

    [Fact]
    public void SpanList_ClickingAnItem_RaisesItsId()
    {
        var spans = Articles.Spans(ImportSample());
        int? chosen = null;
        var cut = Render<SpanList>(p => p
            .Add(x => x.Spans, spans)
            .Add(x => x.Verdicts, new Dictionary<int, Verdict>())
            .Add(x => x.Scale, RatingScale.Default)
            .Add(x => x.SelectedIdChanged, id => chosen = id));

        cut.FindAll("[data-testid=span-item]")[2].Click();

        Assert.Equal(spans[2].Id, chosen);
    }
}
