using FactCheck.Core.Articles;
using FactCheck.Core.Review;

namespace FactCheck.Storage.Exports;

/// One verdict with the article, span and rating scale an export needs to describe it.
public sealed record ExportedVerdict(Article Article, ArticleSpan Span, Verdict Verdict, RatingScale Scale)
{
    /// The verdict's rating, or null when its scale no longer has the key.
    public Rating? Rating => Scale.Find(Verdict.RatingKey);

    /// The rating's label, or its key when the scale no longer has it.
    public string RatingLabel => Rating?.Label ?? Verdict.RatingKey;
}
