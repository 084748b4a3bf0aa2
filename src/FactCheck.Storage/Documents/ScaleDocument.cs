using LiteDB;

namespace FactCheck.Storage.Documents;

internal sealed class ScaleDocument
{
    [BsonId]
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<RatingDocument> Ratings { get; set; } = [];
}

internal sealed class RatingDocument
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string Description { get; set; } = "";
    public string Color { get; set; } = "";
    public int? ClaimReviewValue { get; set; }
}
