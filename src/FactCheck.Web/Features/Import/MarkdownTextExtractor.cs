using System.Text;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Web.Features.Import;

/// Markdown to plain text: headings, emphasis and links keep only their text, images and raw HTML tags are dropped.
/// A leading "# Heading" becomes the title, as do title/author/date/outlet keys of a YAML front matter.
public static class MarkdownTextExtractor
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static ArticleDraft Extract(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var paragraphs = new List<string>();
        string? heading = null;
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock front)
                ReadFrontMatter(front, meta);
            else if (block is HeadingBlock { Level: 1 } h && heading is null && paragraphs.Count == 0)
                heading = InlineText(h.Inline);
            else
                AddBlock(block, paragraphs);
        }

        var title = meta.GetValueOrDefault("title");
        if (heading is not null && title is not null && heading != title)
            paragraphs.Insert(0, heading);
        return new ArticleDraft(
            ParagraphText.Join(paragraphs),
            Title: title ?? heading,
            Author: meta.GetValueOrDefault("author"),
            Outlet: meta.GetValueOrDefault("outlet") ?? meta.GetValueOrDefault("publication") ?? meta.GetValueOrDefault("site"),
            PublishedOn: meta.TryGetValue("date", out var date) && DateOnly.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
            Url: meta.GetValueOrDefault("url"));
    }

    private static void AddBlock(Block block, List<string> paragraphs)
    {
        switch (block)
        {
            case LeafBlock { Inline: not null } leaf:
                paragraphs.Add(InlineText(leaf.Inline));
                break;
            case HtmlBlock html:
                paragraphs.Add(HtmlParagraphs.From(new HtmlParser().ParseDocument(html.Lines.ToString()).Body!));
                break;
            case CodeBlock code:
                paragraphs.Add(code.Lines.ToString());
                break;
            case ContainerBlock container:
                foreach (var child in container)
                    AddBlock(child, paragraphs);
                break;
        }
    }

    private static string InlineText(ContainerInline? container)
    {
        var text = new StringBuilder();
        AppendInlines(container, text);
        return text.ToString();
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder text)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text);
                    break;
            }
        }
    }

    private static void ReadFrontMatter(YamlFrontMatterBlock front, Dictionary<string, string> meta)
    {
        foreach (var line in front.Lines.Lines.Take(front.Lines.Count))
        {
            var value = line.Slice.ToString();
            var colon = value.IndexOf(':');
            if (colon <= 0)
                continue;
            var field = value[(colon + 1)..].Trim().Trim('"', '\'').Trim();
            if (field.Length > 0)
                meta[value[..colon].Trim()] = field;
        }
    }
}
