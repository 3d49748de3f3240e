namespace NewsSearch.Core.Search;

/// <summary>A search: query text, facet filters (OR within a dimension, AND across), dates, order and page.</summary>
public sealed record SearchRequest
{
    /// <summary>Default page size.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxQueryLength = 256;

    /// <summary>How deep paging may go: page × pageSize stays within this many hits.</summary>
    public const int ResultsWindow = 10_000;

    /// <summary>The query in the NewsSearch query language; empty browses newest first.</summary>
    public string? Query { get; init; }

    /// <summary>Zone ids to keep.</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>Partner country ids to keep.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Sector ids to keep.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Source names to keep.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Earliest publication date, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest publication date, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Result order.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Article counts over time to add to the facets.</summary>
    public SearchTimeline Timeline { get; init; } = SearchTimeline.None;

    /// <summary>Page number, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>
    /// True (the default) to show one hit per reprint group, with the total and the facet counts
    /// counting groups; false to show and count every article.
    /// </summary>
    public bool Collapse { get; init; } = true;
}
