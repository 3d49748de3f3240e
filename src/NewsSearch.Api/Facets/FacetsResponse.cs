namespace NewsSearch.Api.Facets;

/// <summary>Every facet value of the taxonomy with its labels and how many articles have it.</summary>
/// <param name="Zone">Zones.</param>
/// <param name="Country">Partner countries.</param>
/// <param name="Sector">Sectors.</param>
public sealed record FacetsResponse(IReadOnlyList<FacetValueView> Zone, IReadOnlyList<FacetValueView> Country, IReadOnlyList<FacetValueView> Sector);

/// <summary>One facet value.</summary>
/// <param name="Value">Taxonomy id, as used in search filters.</param>
/// <param name="Label">Chinese label.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Parent">The parent zone's id, for zones inside another zone.</param>
/// <param name="Count">Articles tagged with it.</param>
public sealed record FacetValueView(string Value, string Label, string LabelEn, string? Parent, int Count);
