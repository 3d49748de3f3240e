using System.Text.Json.Serialization;

namespace NewsSearch.Core.Search;

/// <summary>Facet counts of a search, one list per dimension.</summary>
/// <param name="Zone">Zones, most frequent first.</param>
/// <param name="Country">Partner countries, most frequent first.</param>
/// <param name="Sector">Sectors, most frequent first.</param>
/// <param name="Year">Publication years, newest first.</param>
/// <param name="Month">
/// With <see cref="SearchTimeline.Month"/>: every month from the index's first dated article to its
/// last, oldest first, with matching, total and share; counted with every filter except the dates.
/// Null (and left out of the JSON) otherwise.
/// </param>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Zone,
    IReadOnlyList<FacetCount> Country,
    IReadOnlyList<FacetCount> Sector,
    IReadOnlyList<FacetCount> Year,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FacetCount>? Month = null);
