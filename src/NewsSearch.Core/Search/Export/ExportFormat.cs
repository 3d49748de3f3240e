namespace NewsSearch.Core.Search.Export;

/// <summary>File formats a result set can be exported in.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV in UTF-8 with a byte order mark (so Excel reads the Chinese correctly).</summary>
    Csv,

    /// <summary>JSON Lines: one JSON object per line, UTF-8 without a byte order mark.</summary>
    JsonLines,
}
