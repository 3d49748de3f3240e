using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

public sealed partial class SearchService
{
    /// <summary>
    /// Every article matching a validated request's query and filters, as catalog slots in no
    /// particular order, for aggregations beyond the facets (paging and order are ignored).
    /// </summary>
    public MatchingArticles Matching(SearchRequest request) => Matching(request, CurrentCatalog());

    /// <summary>
    /// As <see cref="Matching(SearchRequest)"/>, against a given catalog (one from <see cref="CurrentCatalog"/>), so that
    /// several requests count over the same articles even when the index moves between them.
    /// </summary>
    public MatchingArticles Matching(SearchRequest request, ArticleCatalog catalog)
    {
        var query = _parser.Parse(request.Query);
        var hits = Find(query, request, catalog, tally: null, SearchSort.Newest); // counting needs no scores
        return new MatchingArticles(catalog, hits.Select(h => h.Slot).ToArray(), query.Display);
    }
}
