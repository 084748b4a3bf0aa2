using LiteDB;

namespace FactCheck.Storage.Documents;

internal sealed class AuditDocument
{
    [BsonId(autoId: true)]
    public int Id { get; set; }
    public DateTime At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public int ArticleId { get; set; }
    public int? SpanId { get; set; }
    public int? VerdictId { get; set; }
    public Dictionary<string, string?> Before { get; set; } = [];
    public Dictionary<string, string?> After { get; set; } = [];
}
