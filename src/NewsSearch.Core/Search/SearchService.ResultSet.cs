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
        var hits = Find(query, request, catalog, tally: null, request.Sort);

        // The same order as the pages, applied to all hits (each order is total, so they agree),
        // and the same one hit per reprint group when collapsed.
        var order = HitOrder.For(PageOrder(query, request), catalog);
        if (!FoundInPageOrder(query, request))
        {
            hits.Sort(order);
        }

        if (request.Collapse)
        {
            using var reprints = new ReprintCollapse(catalog, hits);
            hits = reprints.OnePerGroup(hits, order);
        }

        return new ResultSet(_index, catalog, hits, query.Display);
    }
}
