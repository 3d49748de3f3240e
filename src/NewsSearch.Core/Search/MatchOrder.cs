using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// A query's matches in a result order, the order of <see cref="HitOrder.For"/>, all of them or the
/// first few, for the <see cref="KnownMatches"/> that keep them in order. Sorting tens of thousands of matches through
/// that comparison (a delegate reading the catalog's days and keys) took a fifth of the service's
/// time under searches that rarely repeat (100,000 articles, bench/wrk-novel.lua); here each match
/// carries its date as one number, its place newest first, and the sort compares numbers.
/// </summary>
internal static class MatchOrder
{
    /// <summary>
    /// Positions in <paramref name="matches"/> in <paramref name="sort"/>'s order: all of them, or only
    /// the first <paramref name="count"/> (selected without sorting the rest, and the same as the
    /// first of the whole order: ties are broken by the date rank, which no two articles share).
    /// </summary>
    public static int[] Positions(Candidate[] matches, SearchSort sort, ArticleCatalog catalog, int count = int.MaxValue)
    {
        var ranks = catalog.NewestRanks;
        if (sort == SearchSort.Relevance)
        {
            var keys = new RelevanceKey[matches.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = new RelevanceKey(matches[i].OnWords, matches[i].Score, ranks[matches[i].Slot]);
            }

            return Least(keys, count, default(ByRelevance));
        }

        var dates = new int[matches.Length];
        for (var i = 0; i < dates.Length; i++)
        {
            var rank = ranks[matches[i].Slot];
            dates[i] = sort == SearchSort.Oldest ? OldestRank(rank, catalog) : rank;
        }

        return Least(dates, count, default(ByNumber));
    }

    // The indices of the count least keys, in order. Fewer than all: a heap of the least so far whose
    // root is the greatest of them, so most keys cost one comparison with the root.
    private static int[] Least<TKey, TComparer>(TKey[] keys, int count, TComparer comparer)
        where TComparer : struct, IComparer<TKey>
    {
        int[] kept;
        if (count >= keys.Length)
        {
            kept = new int[keys.Length];
            for (var i = 0; i < kept.Length; i++)
            {
                kept[i] = i;
            }
        }
        else
        {
            kept = new int[count];
            var size = 0;
            for (var i = 0; i < keys.Length && count > 0; i++)
            {
                if (size < count)
                {
                    kept[size] = i;
                    SiftUp(kept, size++, keys, comparer);
                }
                else if (comparer.Compare(keys[i], keys[kept[0]]) < 0)
                {
                    kept[0] = i;
                    SiftDown(kept, keys, comparer);
                }
            }
        }

        var keptKeys = new TKey[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            keptKeys[i] = keys[kept[i]];
        }

        keptKeys.AsSpan().Sort(kept.AsSpan(), comparer);
        return kept;
    }

    private static void SiftUp<TKey, TComparer>(int[] heap, int at, TKey[] keys, TComparer comparer)
        where TComparer : struct, IComparer<TKey>
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (comparer.Compare(keys[heap[parent]], keys[heap[at]]) >= 0)
            {
                return;
            }

            (heap[parent], heap[at]) = (heap[at], heap[parent]);
            at = parent;
        }
    }

    private static void SiftDown<TKey, TComparer>(int[] heap, TKey[] keys, TComparer comparer)
        where TComparer : struct, IComparer<TKey>
    {
        var at = 0;
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= heap.Length)
            {
                return;
            }

            if (child + 1 < heap.Length && comparer.Compare(keys[heap[child + 1]], keys[heap[child]]) > 0)
            {
                child++;
            }

            if (comparer.Compare(keys[heap[child]], keys[heap[at]]) <= 0)
            {
                return;
            }

            (heap[child], heap[at]) = (heap[at], heap[child]);
            at = child;
        }
    }

    // Oldest first is newest first backwards, except that undated articles (the last of newest
    // first) stay last, themselves backwards: earlier-indexed first.
    private static int OldestRank(int newestRank, ArticleCatalog catalog) => newestRank < catalog.Dated
        ? catalog.Dated - 1 - newestRank
        : catalog.Dated + (catalog.Count - 1 - newestRank);

    private readonly record struct RelevanceKey(bool OnWords, double Score, int NewestRank);

    private readonly struct ByNumber : IComparer<int>
    {
        public int Compare(int a, int b) => a.CompareTo(b);
    }

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
