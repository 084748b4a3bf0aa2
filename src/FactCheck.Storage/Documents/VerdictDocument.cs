using LiteDB;

namespace FactCheck.Storage.Documents;

internal sealed class VerdictDocument
{
    [BsonId(autoId: true)]
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int SpanId { get; set; }
    public string RatingKey { get; set; } = "";
    public string Rationale { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}
