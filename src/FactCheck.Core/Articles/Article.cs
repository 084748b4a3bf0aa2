namespace FactCheck.Core.Articles;

/// <summary>A stored article.</summary>
/// <param name="Id">Store-assigned id.</param>
/// <param name="Title">Headline.</param>
/// <param name="Text">Plain text; all span offsets point into it.</param>
/// <param name="Outlet">Publication that ran it.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="PublishedOn">Publication date.</param>
/// <param name="Author">Byline.</param>
/// <param name="ImportedAt">When it was imported (UTC).</param>
/// <param name="Sources">Sources the article attributes information to.</param>
/// <param name="Revision">Number of the current revision; 1 for the text as first imported.</param>
/// <param name="ScaleId">Id of the rating scale its verdicts use.</param>
public sealed record Article(
    int Id,
    string Title,
    string Text,
    string? Outlet,
    string? Url,
    DateOnly? PublishedOn,
    string? Author,
    DateTime ImportedAt,
    IReadOnlyList<ArticleSource> Sources,
    int Revision = 1,
    string ScaleId = Review.RatingScale.DefaultId);
