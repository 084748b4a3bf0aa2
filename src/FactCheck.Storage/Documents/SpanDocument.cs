using LiteDB;

namespace FactCheck.Storage.Documents;

internal sealed class SpanDocument
{
    [BsonId(autoId: true)]
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string Kind { get; set; } = "";
    public int Start { get; set; }
    public int End { get; set; }
    public string Exact { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string Suffix { get; set; } = "";
    public string Origin { get; set; } = "";
    public double? Score { get; set; }
    public List<ReasonDocument> Reasons { get; set; } = [];
    public SpeakerDocument? Speaker { get; set; }
    public int? QuoteGroup { get; set; }
    public string Status { get; set; } = "Suggested";
    public string? DismissReason { get; set; }
    public string Anchoring { get; set; } = "Anchored";
    public string? PreviousExact { get; set; }
}

internal sealed class ReasonDocument
{
    public string Code { get; set; } = "";
    public string Description { get; set; } = "";
    public double Weight { get; set; }
}

internal sealed class SpeakerDocument
{
    public string Name { get; set; } = "";
    public bool IsNamed { get; set; }
    public string? Role { get; set; }
    public string? Organization { get; set; }
    public RangeDocument? Mention { get; set; }
    public string? Cue { get; set; }
    public RangeDocument? CueSpan { get; set; }
}
