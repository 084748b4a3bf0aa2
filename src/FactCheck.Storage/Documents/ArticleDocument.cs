using LiteDB;

namespace FactCheck.Storage.Documents;

internal sealed class ArticleDocument
{
    [BsonId(autoId: true)]
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public DateTime? PublishedOn { get; set; }
    public string? Author { get; set; }
    public DateTime ImportedAt { get; set; }
    public List<SourceDocument> Sources { get; set; } = [];
    public int Revision { get; set; } = 1;
    public string ScaleId { get; set; } = "truth-scale";
}

internal sealed class SourceDocument
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Cue { get; set; }
    public List<RangeDocument> Mentions { get; set; } = [];
    public List<int> SpanIds { get; set; } = [];
}

internal sealed class RangeDocument
{
    public int Start { get; set; }
    public int End { get; set; }
}
