namespace FactCheck.Storage;

public enum ArticleChangeKind
{
    Article,
    Spans,
    Verdicts,
    Evidence,
}

/// Something about an article changed and was committed; open workbenches reload that part.
public sealed record ArticleChange(int ArticleId, ArticleChangeKind Kind, string Actor);
