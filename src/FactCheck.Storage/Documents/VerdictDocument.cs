using LiteDB;

namespace FactCheck.Storage.Documents;

internal sealed class VerdictDocument
{
    [BsonId(autoId: true)]
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int SpanId { get; set; }
    public string Checker { get; set; } = "";
    public string RatingKey { get; set; } = "";
    public string Rationale { get; set; } = "";
    public string Status { get; set; } = "Draft";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public string? EditorComment { get; set; }
    public string? Reviewer { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? LastEditedBy { get; set; }
}
