namespace NewsSearch.Core.Search;

public sealed partial class SearchService
{
    /// <summary>
    /// Every hit of a validated request in the order <see cref="Search"/> pages through, with no
    /// results window; <see cref="SearchRequest.Page"/>, <see cref="SearchRequest.PageSize"/> and
    /// <see cref="SearchRequest.Timeline"/> are ignored; <see cref="SearchRequest.Collapse"/> applies as in a search. For exports.
    /// </summary>
    public ResultSet ReadAll(SearchRequest request)
    {
        var query = _parser.Parse(request.Query);
        var catalog = CurrentCatalog();
        var filter = new SearchFilter(request, catalog);
        var hits = query.IsBrowse ? Browse(catalog, filter, tally: null) : Match(query, request.Sort, catalog, filter, tally: null);

        // The same orders as a page, applied to all hits (each order is total, so they agree), and
        // the same one hit per reprint group when collapsed.
        var sort = query.IsBrowse && request.Sort != SearchSort.Oldest ? SearchSort.Newest : request.Sort;
        if (!query.IsBrowse || request.Sort == SearchSort.Oldest)
        {
            hits.Sort(HitOrder.For(sort, catalog));
        }

        if (request.Collapse)
        {
            hits = new ReprintCollapse(catalog, hits).OnePerGroup(hits, HitOrder.For(sort, catalog));
        }

        return new ResultSet(_index, catalog, hits, query.Display);
    }
}
