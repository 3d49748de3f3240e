namespace NewsSearch.Client.Search;

/// <summary>A page of search results with facet counts.</summary>
/// <param name="Total">Articles matching the query and filters.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="TookMs">Time the service spent searching, in milliseconds.</param>
/// <param name="Query">The query as the service understood it (folded to Simplified, operators explicit).</param>
/// <param name="Hits">The page of hits.</param>
/// <param name="Facets">Drill-sideways facet counts.</param>
public sealed record SearchResults(
    int Total,
    int Page,
    int PageSize,
    double TookMs,
    string Query,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets);
