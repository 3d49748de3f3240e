namespace NewsSearch.Core.Articles;

/// <summary>Size limits that keep one bad input from exhausting memory.</summary>
internal static class ArticleReadLimits
{
    public const int BytesPerMegabyte = 1024 * 1024;

    /// <summary>Text and HTML files are read whole, so they are capped.</summary>
    public const long MaxWholeFileBytes = 8L * BytesPerMegabyte;

    /// <summary>JSON Lines files are streamed; only a single record is capped.</summary>
    public const int MaxJsonLineBytes = 4 * BytesPerMegabyte;

    /// <summary>How much of a file is inspected to decide whether it is binary.</summary>
    public const int SniffBytes = 8 * 1024;
}
