using FactCheck.Core.Articles;

namespace FactCheck.Storage;

/// The span as stored after a change, or why the change was refused.
public sealed record SpanResult(ArticleSpan? Span, string? Error = null)
{
    public bool Succeeded => Span is not null;

    public static SpanResult Ok(ArticleSpan span) => new(span);

    public static SpanResult Refused(string error) => new(null, error);
}
