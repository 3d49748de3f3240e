using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Articles;

/// <summary>A cleaned news article with its metadata and facet tags, as indexed and served.</summary>
public sealed record Article
{
    /// <summary>Stable id: derived from the source URL where known, else from the corpus-relative path.</summary>
    public required string Id { get; init; }

    /// <summary>Where the article was published online, if known.</summary>
    public string? Url { get; init; }

    /// <summary>Headline; empty when the scrape has none (never invented).</summary>
    public string Title { get; init; } = "";

    /// <summary>Publication date, or null when the article does not say.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The publishing outlet (来源), or empty.</summary>
    public string Source { get; init; } = "";

    /// <summary>Reporters or writers (记者, 作者, 撰稿), or empty.</summary>
    public string Author { get; init; } = "";

    /// <summary>The cleaned article text: paragraphs separated by a blank line, page furniture removed.</summary>
    public string Body { get; init; } = "";

    /// <summary>Zones, partner countries and sectors mentioned, with mention counts.</summary>
    public ArticleTags Tags { get; init; } = ArticleTags.Empty;

    /// <summary>The corpus-relative path of the file the article came from (with a line number for JSON Lines), if any.</summary>
    public string? Origin { get; init; }
}
