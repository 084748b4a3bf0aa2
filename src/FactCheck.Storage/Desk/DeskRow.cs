using FactCheck.Core.Articles;
using FactCheck.Core.Review;

namespace FactCheck.Storage.Desk;

/// One verdict as a list shows it: the verdict itself, its article and the claim or quote it rates.
public sealed record DeskRow(Verdict Verdict, ArticleFact? Article, ArticleSpan? Span);
