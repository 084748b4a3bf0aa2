namespace FactCheck.Core.Articles;

/// <summary>An article as a checker submits it, before it is stored and analysed.</summary>
/// <param name="Title">Headline; required.</param>
/// <param name="Text">Plain text of the article; required.</param>
/// <param name="Outlet">Publication that ran it.</param>
/// <param name="Url">Where it was published (http or https).</param>
/// <param name="PublishedOn">Publication date.</param>
/// <param name="Author">Byline.</param>
public sealed record NewArticle(
    string Title,
    string Text,
    string? Outlet = null,
    string? Url = null,
    DateOnly? PublishedOn = null,
    string? Author = null);
