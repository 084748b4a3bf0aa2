namespace FactCheck.Storage;

public sealed record ImportResult(int? ArticleId, IReadOnlyDictionary<string, string> Errors)
{
    public static ImportResult Imported(int id) => new(id, new Dictionary<string, string>());

    public static ImportResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, errors);
}
