using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// What a request counts over a query's matches: the facets (drill-sideways, see
/// <see cref="FacetTally"/>), the total (one per reprint group when collapsed) and each reprint
/// group's matching versions. Read-only once made, so the counts without filters can be kept.
/// </summary>
/// <param name="catalog">The catalog the slots are of.</param>
/// <param name="tally">The facet counts, finished.</param>
/// <param name="total">Hits passing the filters, reprint groups counted once when collapsed.</param>
/// <param name="repeatedGroups">Group → matching versions, for the groups with more than one.</param>
internal sealed class MatchCounts(ArticleCatalog catalog, FacetTally tally, int total, Dictionary<int, int> repeatedGroups)
{
    /// <summary>The facet counts, finished.</summary>
    public FacetTally Tally { get; } = tally;

    /// <summary>Hits passing the filters, reprint groups counted once when collapsed.</summary>
    public int Total { get; } = total;

    /// <summary>Versions of the slot's reprint group among the hits (1 for an article without reprints).</summary>
    public int Versions(int slot) =>
        catalog.IsReprinted(slot) && repeatedGroups.TryGetValue(catalog.Groups[slot], out var versions) ? versions : 1;

    /// <summary>Counts already made, with the versions of the groups of the slots shown.</summary>
    public static MatchCounts Of(ArticleCatalog catalog, FacetTally finished, int total, IEnumerable<int> shown, Func<int, int> versions)
    {
        var repeatedGroups = new Dictionary<int, int>();
        foreach (var slot in shown)
        {
            if (catalog.IsReprinted(slot) && versions(slot) is var count and > 1)
            {
                repeatedGroups[catalog.Groups[slot]] = count;
            }
        }

        return new MatchCounts(catalog, finished, total, repeatedGroups);
    }
}
