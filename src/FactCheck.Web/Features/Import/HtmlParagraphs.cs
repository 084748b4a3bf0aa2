using System.Text;
using AngleSharp.Dom;

namespace FactCheck.Web.Features.Import;

/// Turns an HTML element into plain paragraphs: block elements start new paragraphs, <br> becomes a line break,
/// scripts, styles and form controls are dropped. Nothing of the markup survives.
public static class HtmlParagraphs
{
    private static readonly HashSet<string> _blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tfoot",
        "tr", "caption", "hr", "address", "details", "summary", "fieldset", "center",
    };

    private static readonly HashSet<string> _skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "button", "select", "option", "textarea", "input", "form", "head", "title", "meta", "link",
    };

    public static string From(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs, preformatted: false);
        Flush(current, paragraphs);
        return ParagraphText.Join(paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    // Line breaks in the source are only whitespace, except inside <pre>.
                    current.Append(preformatted ? text.Data : text.Data.ReplaceLineEndings(" "));
                    break;
                case IElement element when _skipped.Contains(element.LocalName) || element.HasAttribute("hidden"):
                    break;
                case IElement { LocalName: "br" }:
                    current.Append('\n');
                    break;
                case IElement { LocalName: "td" or "th" }:
                    current.Append(' ');
                    Walk(child, current, paragraphs, preformatted);
                    current.Append(' ');
                    break;
                case IElement element when _blocks.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(child, current, paragraphs, preformatted || element.LocalName == "pre");
                    Flush(current, paragraphs);
                    break;
                case IElement:
                    Walk(child, current, paragraphs, preformatted);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
            return;
        paragraphs.Add(current.ToString());
        current.Clear();
    }
}
