namespace FactCheck.Web.Features.Import;

/// Either a draft or a message that tells the checker why there is none.
public sealed record ImportOutcome(ArticleDraft? Draft, string? Error)
{
    public static ImportOutcome Succeeded(ArticleDraft draft) => new(draft, null);

    public static ImportOutcome Failed(string error) => new(null, error);
}
