using System.ComponentModel;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Search;

/// <summary>The query string of <c>GET /api/v1/search/pivot</c>: the search's query and filters, and the two axes.</summary>
public sealed class PivotParameters
{
    [Description("Rows: zone (default), country, sector or year.")]
    public string? Rows { get; init; }

    [Description("Columns: zone, country (default), sector or year; not the same as rows.")]
    public string? Cols { get; init; }

    [Description("Query, as for /api/v1/search. Empty counts every article.")]
    public string? Q { get; init; }

    [Description("Zone ids to keep (repeatable; any of them).")]
    public string[]? Zone { get; init; }

    [Description("Partner country ids to keep (repeatable; any of them).")]
    public string[]? Country { get; init; }

    [Description("Sector ids to keep (repeatable; any of them).")]
    public string[]? Sector { get; init; }

    [Description("Source names to keep (repeatable; any of them).")]
    public string[]? Source { get; init; }

    [Description("Earliest publication date, inclusive (yyyy-MM-dd).")]
    public DateOnly? From { get; init; }

    [Description("Latest publication date, inclusive (yyyy-MM-dd).")]
    public DateOnly? To { get; init; }

    [Description("true (default): a reprint group (the same story on several sites) counts once, as in collapsed search totals; false: every article counts.")]
    public string? Collapse { get; init; }

    /// <summary>True when <see cref="Collapse"/> is empty, true or false.</summary>
    public bool HasValidCollapse => string.IsNullOrEmpty(Collapse) || bool.TryParse(Collapse, out _);

    public SearchRequest ToRequest() => new()
    {
        Query = Q,
        Zones = Zone ?? [],
        Countries = Country ?? [],
        Sectors = Sector ?? [],
        Sources = Source ?? [],
        From = From,
        To = To,
        Collapse = !bool.TryParse(Collapse, out var collapse) || collapse,
    };
}
