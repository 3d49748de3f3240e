using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsSearch.Core.Articles;

/// <summary>The text of an element with one line per block element and per br-separated line.</summary>
internal static partial class HtmlBlockText
{
    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "center", "address", "hr",
    ];

    public static string Of(IElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                // Source line breaks inside a paragraph are layout, not paragraph breaks.
                text.Append(Whitespace().Replace(child.TextContent, " "));
            }
            else if (child is IElement element)
            {
                var isBlock = BlockElements.Contains(element.LocalName);
                if (isBlock || element.LocalName == "br")
                {
                    text.Append('\n');
                }

                Append(element, text);
                if (isBlock)
                {
                    text.Append('\n');
                }
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
