namespace NewsSearch.Client.Search;

/// <summary>Article counts over time a search adds to its facets.</summary>
public enum SearchTimeline
{
    /// <summary><see cref="SearchFacets.Month"/>: every month the index covers, oldest first, with count, total and share.</summary>
    Month,

    /// <summary>The <see cref="SearchFacets.Year"/> counts gain <see cref="FacetCount.Total"/> and <see cref="FacetCount.Share"/>.</summary>
    Year,
}
