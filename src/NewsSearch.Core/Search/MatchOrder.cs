using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// All of a query's matches in a result order, the order of <see cref="HitOrder.For"/>, for the
/// <see cref="KnownMatches"/> that keep them sorted. Sorting tens of thousands of matches through
/// that comparison (a delegate reading the catalog's days and keys) took a fifth of the service's
/// time under searches that rarely repeat (100,000 articles, bench/wrk-novel.lua); here each match
/// carries its date as one number, its place newest first, and the sort compares numbers.
/// </summary>
internal static class MatchOrder
{
    /// <summary>Positions in <paramref name="matches"/> in <paramref name="sort"/>'s order.</summary>
    public static int[] Positions(Candidate[] matches, SearchSort sort, ArticleCatalog catalog)
    {
        var ranks = catalog.NewestRanks;
        var positions = new int[matches.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        if (sort == SearchSort.Relevance)
        {
            var keys = new RelevanceKey[matches.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = new RelevanceKey(matches[i].OnWords, matches[i].Score, ranks[matches[i].Slot]);
            }

            keys.AsSpan().Sort(positions.AsSpan(), default(ByRelevance));
            return positions;
        }

        var dates = new int[matches.Length];
        for (var i = 0; i < dates.Length; i++)
        {
            var rank = ranks[matches[i].Slot];
            dates[i] = sort == SearchSort.Oldest ? OldestRank(rank, catalog) : rank;
        }

        dates.AsSpan().Sort(positions.AsSpan());
        return positions;
    }

    // Oldest first is newest first backwards, except that undated articles (the last of newest
    // first) stay last, themselves backwards: earlier-indexed first.
    private static int OldestRank(int newestRank, ArticleCatalog catalog) => newestRank < catalog.Dated
        ? catalog.Dated - 1 - newestRank
        : catalog.Dated + (catalog.Count - 1 - newestRank);

    private readonly record struct RelevanceKey(bool OnWords, double Score, int NewestRank);

    // Whole-word matches first, then the higher score, then the newer.
    private readonly struct ByRelevance : IComparer<RelevanceKey>
    {
        public int Compare(RelevanceKey a, RelevanceKey b)
        {
            var tier = b.OnWords.CompareTo(a.OnWords);
            if (tier != 0)
            {
                return tier;
            }

            var score = b.Score.CompareTo(a.Score);
            return score != 0 ? score : a.NewestRank.CompareTo(b.NewestRank);
        }
    }
}
