using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

public sealed partial class SearchService
{
    // The matches the cache holds for a query, if any: scored ones serve every order, unscored
    // ones only the date orders.
    private KnownMatches? KnownMatchesOf(ParsedQuery query, SearchSort sort, ArticleCatalog catalog) =>
        _matches.TryGet(MatchKey(query, catalog, scored: true))
        ?? (sort == SearchSort.Relevance ? null : _matches.TryGet(MatchKey(query, catalog, scored: false)));

    private static string MatchKey(ParsedQuery query, ArticleCatalog catalog, bool scored) =>
        scored ? $"{catalog.Generation}\u001F{query.Display}\u001Fscored" : $"{catalog.Generation}\u001F{query.Display}";

    private KnownMatches? Known(ParsedQuery query, SearchRequest request, ArticleCatalog catalog) =>
        !query.IsBrowse ? KnownMatchesOf(query, request.Sort, catalog)
        : _matches.Enabled ? EveryArticle(catalog) : null;

    // Browsing matches every article: kept as one more set of known matches, per catalog.
    private KnownMatches EveryArticle(ArticleCatalog catalog)
    {
        if (_everyArticle is { } kept && kept.Generation == catalog.Generation)
        {
            return kept.Matches;
        }

        var all = new Candidate[catalog.Count];
        for (var slot = 0; slot < all.Length; slot++)
        {
            all[slot] = new Candidate(slot, 0, true);
        }

        var matches = new KnownMatches(all);
        _everyArticle = new EveryArticleMatches(catalog.Generation, matches);
        return matches;
    }

    private sealed record EveryArticleMatches(long Generation, KnownMatches Matches);

    // A query seen before (ticking a facet, turning a page, another order): its facets counted over
    // the kept bit sets, and the page read from the matches already in order.
    private static ResultPage PageOfKnown(KnownMatches known, SearchRequest request, SearchSort order, ArticleCatalog catalog)
    {
        var filter = new SearchFilter(request, catalog);
        var countMonths = request.Timeline == SearchTimeline.Month;
        var (counts, passing) = filter.IsEmpty
            ? (known.Unfiltered(catalog, request.Collapse, countMonths), null)
            : known.Bits(catalog).Count(filter, request.Collapse, countMonths);

        // In a total order the first version of a group met is the one collapsing keeps.
        var skip = (request.Page - 1) * request.PageSize;
        var wanted = request.Page * request.PageSize;
        var page = new List<Candidate>(request.PageSize);
        var shownGroups = new HashSet<int>();
        var taken = 0;
        foreach (var position in known.InOrder(order, catalog))
        {
            if (taken == wanted)
            {
                break;
            }

            if (passing is not null && !MatchBits.Contains(passing, position))
            {
                continue;
            }

            var hit = known.All[position];
            if (request.Collapse && catalog.IsReprinted(hit.Slot) && !shownGroups.Add(catalog.Groups[hit.Slot]))
            {
                continue;
            }

            if (taken++ >= skip)
            {
                // A date order is unscored when the engine answers it; kept scores must not show either.
                page.Add(request.Sort == SearchSort.Relevance ? hit : hit with { Score = 0 });
            }
        }

        return new ResultPage(page, counts);
    }

    // A query the engine answers now: its matches are filtered and counted as they come, then the
    // page is selected from them.
    private ResultPage PageOfFound(ParsedQuery query, SearchRequest request, ArticleCatalog catalog)
    {
        var tally = new FacetTally(catalog, request.Collapse, countMonths: request.Timeline == SearchTimeline.Month);
        var matched = Find(query, request, catalog, tally, request.Sort);
        tally.Finish();

        // Only the first pages are ordered (browsing finds its hits in page order already).
        var order = HitOrder.For(PageOrder(query, request), catalog);
        using var reprints = new ReprintCollapse(catalog, matched);
        var hits = request.Collapse ? reprints.OnePerGroup(matched, order) : matched;
        var ordered = FoundInPageOrder(query, request) ? hits : HitOrder.Top(hits, request.Page * request.PageSize, order);
        var page = ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var counts = MatchCounts.Of(catalog, tally, hits.Count, page.Select(h => h.Slot), reprints.Versions);
        CandidateLists.Return(matched);
        return new ResultPage(page, counts);
    }

    private sealed record ResultPage(List<Candidate> Hits, MatchCounts Counts);
}
