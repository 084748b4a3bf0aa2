using LiteDB;

namespace FactCheck.Storage.Documents;

internal sealed class EvidenceDocument
{
    [BsonId(autoId: true)]
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int SpanId { get; set; }
    public string SourceName { get; set; } = "";
    public string? SourceKind { get; set; }
    public string Stance { get; set; } = "";
    public string? Url { get; set; }
    public string? ArchiveUrl { get; set; }
    public string? Passage { get; set; }
    public string? Note { get; set; }
    public string? SnapshotSha256 { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public bool Removed { get; set; }
}

internal sealed class SnapshotDocument
{
    [BsonId]
    public string Sha256 { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Title { get; set; }
    public string Text { get; set; } = "";
    public DateTime RetrievedAt { get; set; }
}
