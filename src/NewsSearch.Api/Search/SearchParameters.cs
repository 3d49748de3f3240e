using System.ComponentModel;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Search;

/// <summary>The query string of <c>GET /api/v1/search</c>.</summary>
public sealed class SearchParameters
{
    [Description("Query: words (all required), \"phrase\", OR, -word or NOT word, ( ), title:, source:, word*. Simplified or Traditional. Empty browses newest first. At most 256 characters.")]
    public string? Q { get; init; }

    [Description("Zone ids to keep (repeatable; any of them). See /api/v1/facets.")]
    public string[]? Zone { get; init; }

    [Description("Partner country ids to keep (repeatable; any of them).")]
    public string[]? Country { get; init; }

    [Description("Sector ids to keep (repeatable; any of them).")]
    public string[]? Sector { get; init; }

    [Description("Source names to keep (repeatable; any of them), e.g. 国际商报.")]
    public string[]? Source { get; init; }

    [Description("Earliest publication date, inclusive (yyyy-MM-dd).")]
    public DateOnly? From { get; init; }

    [Description("Latest publication date, inclusive (yyyy-MM-dd).")]
    public DateOnly? To { get; init; }

    [Description("relevance (default), newest or oldest.")]
    public string? Sort { get; init; }

    [Description("Page number, from 1.")]
    public int? Page { get; init; }

    [Description("Hits per page, 1 to 100 (default 20).")]
    public int? PageSize { get; init; }

    [Description("true (default): one hit per reprint group (the same story on several sites), with versions counting its matching articles; total and facet counts count groups. false: every article is a hit and counts.")]
    public string? Collapse { get; init; }

    /// <summary>True when <see cref="Collapse"/> is empty, true or false.</summary>
    public bool HasValidCollapse => string.IsNullOrEmpty(Collapse) || bool.TryParse(Collapse, out _);

    /// <summary>True when <see cref="Sort"/> is empty or one of the known orders.</summary>
    public bool HasValidSort => string.IsNullOrEmpty(Sort) || ParseSort(Sort) is not null;

    private static SearchSort? ParseSort(string? sort) =>
        Enum.TryParse<SearchSort>(sort, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(sort![0]) ? parsed : null;

    public SearchRequest ToRequest() => new()
    {
        Query = Q,
        Zones = Zone ?? [],
        Countries = Country ?? [],
        Sectors = Sector ?? [],
        Sources = Source ?? [],
        From = From,
        To = To,
        Sort = ParseSort(Sort) ?? SearchSort.Relevance,
        Page = Page ?? 1,
        PageSize = PageSize ?? SearchRequest.DefaultPageSize,
        Collapse = !bool.TryParse(Collapse, out var collapse) || collapse,
    };
}
