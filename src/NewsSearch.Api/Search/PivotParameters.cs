using System.ComponentModel;

namespace NewsSearch.Api.Search;

/// <summary>The query string of <c>GET /api/v1/search/pivot</c>: two dimensions and the matching articles to count.</summary>
public sealed class PivotParameters : MatchParameters
{
    [Description("Rows: zone (default), country, sector or year.")]
    public string? Rows { get; init; }

    [Description("Columns: zone, country (default), sector or year; not the same as rows.")]
    public string? Cols { get; init; }
}
