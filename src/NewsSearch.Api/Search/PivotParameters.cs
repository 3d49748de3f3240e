using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsSearch.Api.Search;

/// <summary>The query string of <c>GET /api/v1/search/pivot</c>: two dimensions and the matching articles to count.</summary>
public sealed class PivotParameters : MatchParameters
{
    [Description("Rows: zone (default), country, sector or year.")]
    [FromQuery(Name = "rows")]
    public string? Rows { get; init; }

    [Description("Columns: zone, country (default), sector or year; not the same as rows.")]

    [FromQuery(Name = "cols")]
    public string? Cols { get; init; }
}
