namespace NewsSearch.Core.Search;

public sealed partial class SearchService
{
    /// <summary>
    /// Every hit of a validated request in the order <see cref="Search"/> pages through, with no
    /// results window; <see cref="SearchRequest.Page"/>, <see cref="SearchRequest.PageSize"/> and
    /// <see cref="SearchRequest.Timeline"/> are ignored. For exports.
    /// </summary>
    public ResultSet ReadAll(SearchRequest request)
    {
        var query = _parser.Parse(request.Query);
        var catalog = CurrentCatalog();
        var filter = new SearchFilter(request, catalog);
        var hits = query.IsBrowse ? Browse(catalog, filter, tally: null) : Match(query, request.Sort, catalog, filter, tally: null);

        // The same orders as a page, applied to all hits (each order is total, so they agree).
        if (!query.IsBrowse || request.Sort == SearchSort.Oldest)
        {
            hits.Sort(HitOrder.For(query.IsBrowse ? SearchSort.Oldest : request.Sort, catalog));
        }

        return new ResultSet(_index, catalog, hits, query.Display);
    }
}
