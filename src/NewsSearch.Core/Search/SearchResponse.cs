namespace NewsSearch.Core.Search;

/// <summary>A page of results with facet counts.</summary>
/// <param name="Total">Reprint groups (with collapse) or articles (without) matching the query and filters.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="TookMs">Time spent searching, in milliseconds.</param>
/// <param name="Query">The query as understood (folded to Simplified, operators explicit).</param>
/// <param name="Hits">The page of hits.</param>
/// <param name="Facets">Drill-sideways facet counts.</param>
public sealed record SearchResponse(
    int Total,
    int Page,
    int PageSize,
    double TookMs,
    string Query,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets);
