using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsSearch.Core.Articles;

/// <summary>Finds the article in an HTML page: declared metadata, then the main text without page chrome.</summary>
internal static class HtmlArticleExtractor
{
    private static readonly string[] DateMetaNames = ["article:published_time", "pubdate", "publishdate"];

    public static HtmlPage Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = NonEmpty(MetaContent(document, "og:title"))
            ?? NonEmpty(document.QuerySelector("h1")?.TextContent)
            ?? NonEmpty(WithoutSiteName(document.Title));
        var published = DeclaredDate(document);
        var author = NonEmpty(MetaContent(document, "author"));
        var url = AbsoluteUrl(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"))
            ?? AbsoluteUrl(MetaContent(document, "og:url"));

        HtmlFurniture.Remove(document);
        var main = document.QuerySelector("article") ?? document.QuerySelector("main") ?? DensestParagraphParent(document);
        var text = main is null ? "" : HtmlBlockText.Of(main);
        return new HtmlPage(text, title is null ? null : ArticleCleaner.NormalizeParagraph(title), published, author, url);
    }

    private static DateOnly? DeclaredDate(IDocument document)
    {
        foreach (var name in DateMetaNames)
        {
            if (MetaContent(document, name) is { } value && DateText.TryParse(value, out var date))
            {
                return date;
            }
        }

        var time = document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return time is not null && DateText.TryParse(time, out var timed) ? timed : null;
    }

    private static string? MetaContent(IDocument document, string key) =>
        document.QuerySelectorAll("meta")
            .FirstOrDefault(meta => string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    /// <summary>Drops the last " - ", "_" or "|" segment of a document title, which is the site name.</summary>
    private static string WithoutSiteName(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "";
        }

        var cut = new[] { title.LastIndexOf(" - ", StringComparison.Ordinal), title.LastIndexOf('_'), title.LastIndexOf('|') }.Max();
        return cut > 0 ? title[..cut].Trim() : title.Trim();
    }

    private static IElement? DensestParagraphParent(IDocument document)
    {
        IElement? densest = null;
        var most = 0;
        foreach (var element in document.QuerySelectorAll("*"))
        {
            var length = element.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Trim().Length);
            if (length > most)
            {
                (densest, most) = (element, length);
            }
        }

        return densest ?? document.Body;
    }

    private static string? AbsoluteUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
