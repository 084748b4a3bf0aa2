using FactCheck.Core.Articles;
using FactCheck.Core.Quotes;

namespace FactCheck.Web.Features.Workbench;

/// How spans are described in the workbench, in one place so the list, the panel and the hover agree.
public static class SpanText
{
    public static string SpeakerLabel(Speaker speaker)
    {
        var name = speaker.IsNamed ? speaker.Name : $"{speaker.Name} (unnamed)";
        return speaker.Role is { Length: > 0 } role && !name.Contains(role, StringComparison.OrdinalIgnoreCase) ? $"{name}, {role}" : name;
    }

    public static string Excerpt(ArticleSpan span, int length = 90)
    {
        var text = span.Anchor.Exact.ReplaceLineEndings(" ");
        return text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
    }

    public static string KindLabel(SpanKind kind) => kind == SpanKind.Quote ? "Quote" : "Claim";
}
