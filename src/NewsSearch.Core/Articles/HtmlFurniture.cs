using AngleSharp.Dom;

namespace NewsSearch.Core.Articles;

/// <summary>Removes page chrome from an HTML document before its main text is taken.</summary>
internal static class HtmlFurniture
{
    private const string ChromeElements = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button";

    /// <summary>class/id words that mark chrome; whole words only, so "header-title" or "adapt" are not hit by "ad".</summary>
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "crumbs", "footer",
        "comment", "comments", "share", "sharing", "related", "recommend", "recommends", "recommendation",
        "sidebar", "ad", "ads", "advert", "advertisement", "copyright", "qrcode",
    };

    /// <summary>Containers that may carry such a class for styling but hold the page itself.</summary>
    private static readonly HashSet<string> NeverRemoved = ["html", "head", "body", "main", "article"];

    public static void Remove(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(ChromeElements).ToList())
        {
            element.Remove();
        }

        var marked = document.QuerySelectorAll("[class], [id]")
            .Where(e => !NeverRemoved.Contains(e.LocalName) && IsMarkedAsChrome(e))
            .ToList();
        foreach (var element in marked)
        {
            element.Remove();
        }
    }

    private static bool IsMarkedAsChrome(IElement element) =>
        Words(element.ClassName).Concat(Words(element.Id)).Any(ChromeWords.Contains);

    private static string[] Words(string? value) =>
        value?.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries) ?? [];
}
