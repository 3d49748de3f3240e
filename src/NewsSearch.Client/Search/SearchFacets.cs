namespace NewsSearch.Client.Search;

/// <summary>Facet counts of a search, one list per dimension.</summary>
/// <param name="Zone">Zones, most frequent first.</param>
/// <param name="Country">Partner countries, most frequent first.</param>
/// <param name="Sector">Sectors, most frequent first.</param>
/// <param name="Year">Publication years, newest first.</param>
/// <param name="Month">With <see cref="SearchQuery.Timeline"/> = <see cref="SearchTimeline.Month"/>, every month oldest first; otherwise null.</param>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Zone,
    IReadOnlyList<FacetCount> Country,
    IReadOnlyList<FacetCount> Sector,
    IReadOnlyList<FacetCount> Year,
    IReadOnlyList<FacetCount>? Month = null);
