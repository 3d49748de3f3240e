namespace NewsSearch.Core.Taxonomy;

/// <summary>The tagged facet dimensions.</summary>
public enum FacetDimension
{
    /// <summary>Development zones, districts and the regions they are compared with.</summary>
    Zone,

    /// <summary>Partner or investor economies: states, and Taiwan, Hong Kong and Macau (the id stays <c>country</c>).</summary>
    Country,

    /// <summary>Industries.</summary>
    Sector,
}
