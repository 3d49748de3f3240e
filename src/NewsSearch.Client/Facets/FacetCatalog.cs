namespace NewsSearch.Client.Facets;

/// <summary>Every facet value of the service's taxonomy with its labels and article counts.</summary>
/// <param name="Zone">Zones.</param>
/// <param name="Country">Partner countries.</param>
/// <param name="Sector">Sectors.</param>
public sealed record FacetCatalog(IReadOnlyList<FacetValue> Zone, IReadOnlyList<FacetValue> Country, IReadOnlyList<FacetValue> Sector);
