namespace NewsSearch.Core.Taxonomy;

/// <summary>One value of a facet dimension: a zone, a partner country or a sector.</summary>
/// <param name="Id">Stable lower-case id (<c>sip</c>, <c>japan</c>, <c>biomedicine</c>).</param>
/// <param name="Dimension">The dimension the value belongs to.</param>
/// <param name="Chinese">Chinese label; it is matched as an alias too.</param>
/// <param name="English">English label, for display only.</param>
/// <param name="ParentId">The id of the enclosing value in the same dimension (a zone's district), or null.</param>
/// <param name="Aliases">Further names, besides <paramref name="Chinese"/>, that count as a mention.</param>
public sealed record FacetValue(
    string Id,
    FacetDimension Dimension,
    string Chinese,
    string English,
    string? ParentId,
    IReadOnlyList<FacetAlias> Aliases);
