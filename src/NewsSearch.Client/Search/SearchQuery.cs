namespace NewsSearch.Client.Search;

/// <summary>
/// A search: query text, facet filters (any value within a dimension, all dimensions), dates, order
/// and page. An export uses the text, filters, dates and order only.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>The query in the NewsSearch query language (words, "phrase", OR, -word, title:, source:, word*); null or empty browses.</summary>
    public string? Text { get; init; }

    /// <summary>Zone ids to keep (see <see cref="INewsSearchClient.GetFacetsAsync"/>).</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>Partner country ids to keep.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Sector ids to keep.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Source names to keep, e.g. 国际商报.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Earliest publication date, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest publication date, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Result order; null for the service's default (relevance).</summary>
    public SearchSort? Sort { get; init; }

    /// <summary>Page number, from 1; null for the first page.</summary>
    public int? Page { get; init; }

    /// <summary>Hits per page, 1 to 100; null for the service's default (20).</summary>
    public int? PageSize { get; init; }

    /// <summary>Article counts over time to add to the facets; null for none.</summary>
    public SearchTimeline? Timeline { get; init; }

    /// <summary>
    /// True for one hit per reprint group, with the total and facet counts counting groups; false
    /// to list and count every article; null for the service's default (true).
    /// </summary>
    public bool? Collapse { get; init; }
}
