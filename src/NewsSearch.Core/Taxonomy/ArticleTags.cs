namespace NewsSearch.Core.Taxonomy;

/// <summary>The facet values of one article, each list ordered by mentions (most first), then id.</summary>
/// <param name="Zones">Zones mentioned.</param>
/// <param name="Countries">Partner countries mentioned.</param>
/// <param name="Sectors">Sectors mentioned.</param>
public sealed record ArticleTags(IReadOnlyList<Tag> Zones, IReadOnlyList<Tag> Countries, IReadOnlyList<Tag> Sectors)
{
    /// <summary>No tags.</summary>
    public static ArticleTags Empty { get; } = new([], [], []);

    /// <summary>The tags of one dimension.</summary>
    public IReadOnlyList<Tag> Of(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Zone => Zones,
        FacetDimension.Country => Countries,
        FacetDimension.Sector => Sectors,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}
