using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// A query's matches as the <see cref="MatchCache"/> keeps them, with what the requests that come
/// back to them reuse: the matches in each result order, the first ones selected on first use and
/// the whole order sorted once a page reads past them (a page then reads the first few instead of
/// selecting them from all), their facet values as bit sets
/// (<see cref="MatchBits"/>), and the counts of the request without filters. All are for the one
/// catalog generation the cache key names. Thread-safe: each order and count is computed once,
/// by the first request that needs it, while others asking for it wait (a burst of requests for a
/// common word would otherwise sort its 100,000 matches once each).
/// </summary>
internal sealed class KnownMatches(Candidate[] all, int firstCount = KnownMatches.FirstCount)
{
    /// <summary>
    /// Positions of an order selected on its first use; the whole order is sorted only when a page
    /// reads past them (a first page of a common word's 50,000 matches then costs a pass, not a sort).
    /// </summary>
    public const int FirstCount = 1024;

    private readonly Lock _gate = new();
    private readonly int[]?[] _orders = new int[]?[Enum.GetValues<SearchSort>().Length];
    private readonly int[]?[] _firsts = new int[]?[Enum.GetValues<SearchSort>().Length];
    private readonly MatchCounts?[] _unfiltered = new MatchCounts?[4];
    private MatchBits? _bits;

    /// <summary>Every match, in the engine's order.</summary>
    public Candidate[] All { get; } = all;

    /// <summary>
    /// Positions in <see cref="All"/> in <paramref name="sort"/>'s order, as far as the caller reads:
    /// the first <c>firstCount</c> kept on first use, the whole order (4 bytes per match) sorted and
    /// kept once a caller reads past them.
    /// </summary>
    public IEnumerable<int> InOrder(SearchSort sort, ArticleCatalog catalog)
    {
        // Read without the lock once computed: every request for a kept query comes through here.
        var first = Volatile.Read(ref _orders[(int)sort]) ?? Volatile.Read(ref _firsts[(int)sort]) ?? First(sort, catalog);
        foreach (var position in first)
        {
            yield return position;
        }

        if (first.Length == All.Length)
        {
            yield break;
        }

        var whole = Whole(sort, catalog);
        for (var i = first.Length; i < whole.Length; i++)
        {
            yield return whole[i];
        }
    }

    private int[] First(SearchSort sort, ArticleCatalog catalog)
    {
        lock (_gate)
        {
            return _orders[(int)sort] ?? (_firsts[(int)sort] ??= MatchOrder.Positions(All, sort, catalog, firstCount));
        }
    }

    private int[] Whole(SearchSort sort, ArticleCatalog catalog)
    {
        lock (_gate)
        {
            return _orders[(int)sort] ??= MatchOrder.Positions(All, sort, catalog);
        }
    }

    /// <summary>The matches' facet values as bit sets (about 6 bytes per match at 40 values, kept).</summary>
    public MatchBits Bits(ArticleCatalog catalog)
    {
        if (Volatile.Read(ref _bits) is { } known)
        {
            return known;
        }

        lock (_gate)
        {
            return _bits ??= new MatchBits(All, catalog);
        }
    }

    /// <summary>The counts of a request without filters, computed on first use.</summary>
    public MatchCounts Unfiltered(ArticleCatalog catalog, bool collapse, bool countMonths)
    {
        var slot = (collapse ? 2 : 0) + (countMonths ? 1 : 0);
        if (Volatile.Read(ref _unfiltered[slot]) is { } known)
        {
            return known;
        }

        var counts = Bits(catalog).Count(new SearchFilter(new SearchRequest(), catalog), collapse, countMonths).Counts;
        lock (_gate)
        {
            return _unfiltered[slot] ??= counts;
        }
    }
}
