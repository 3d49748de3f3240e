namespace NewsSearch.Core.Taxonomy;

/// <summary>The tagged facet dimensions.</summary>
public enum FacetDimension
{
    /// <summary>Development zones, districts and the regions they are compared with.</summary>
    Zone,

    /// <summary>Partner or investor countries.</summary>
    Country,

    /// <summary>Industries.</summary>
    Sector,
}
