using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Components;

namespace FactCheck.Web.Features.Workbench;

/// Renders a checker's rationale (Markdown) to HTML that is safe to show: raw HTML is escaped, links
/// may only point to http, https or mailto addresses, and images become their alt text, so a rationale
/// can neither run script nor make the browser fetch from another host.
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .Build();

    public static MarkupString ToMarkup(string? markdown) => new(ToHtml(markdown));

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToArray())
        {
            if (link.IsImage)
            {
                var alt = new LiteralInline(string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
                link.ReplaceBy(alt, copyChildren: false);
            }
            else if (!IsSafe(link.Url))
            {
                link.Url = "";
            }
        }
        foreach (var link in document.Descendants<AutolinkInline>().ToArray())
        {
            if (!IsSafe(link.Url))
                link.ReplaceBy(new LiteralInline(link.Url));
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return true;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            return !url.Contains(':', StringComparison.Ordinal);
        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto;
    }
}
