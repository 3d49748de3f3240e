namespace NewsSearch.Client.Search;

/// <summary>File format of <see cref="INewsSearchClient.ExportAsync"/>.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV in UTF-8 with a byte order mark; columns id,title,published,source,url,zones,countries,sectors,score.</summary>
    Csv,

    /// <summary>JSON Lines: one object per hit with the same fields (lists as arrays).</summary>
    JsonLines,
}
