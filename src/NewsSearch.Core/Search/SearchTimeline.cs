namespace NewsSearch.Core.Search;

/// <summary>Which article counts over time a search adds to its facets.</summary>
public enum SearchTimeline
{
    /// <summary>No timeline (the default).</summary>
    None,

    /// <summary>A <see cref="SearchFacets.Month"/> list: every month the index covers, oldest first.</summary>
    Month,

    /// <summary>The <see cref="SearchFacets.Year"/> counts gain the index's total and the share per year.</summary>
    Year,
}
