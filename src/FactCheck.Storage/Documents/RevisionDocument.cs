using LiteDB;

namespace FactCheck.Storage.Documents;

internal sealed class RevisionDocument
{
    [BsonId(autoId: true)]
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public DateTime ImportedAt { get; set; }
    public string Origin { get; set; } = "";
    public string? Source { get; set; }
    public string? ImportedBy { get; set; }
    public int Anchored { get; set; }
    public int Changed { get; set; }
    public int Orphaned { get; set; }
    public int SuggestionsAdded { get; set; }
}
