namespace NewsSearch.Client.Facets;

/// <summary>One facet value of the taxonomy.</summary>
/// <param name="Value">Taxonomy id, as used in search filters.</param>
/// <param name="Label">Chinese label.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Parent">The parent zone's id, for zones inside another zone.</param>
/// <param name="Count">Articles tagged with it.</param>
public sealed record FacetValue(string Value, string Label, string LabelEn, string? Parent, int Count);
