using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// Result orders, and the first hits in an order without sorting them all: a page needs the top
/// page × pageSize of tens of thousands of matches, which a bounded heap finds in O(n log k).
/// </summary>
internal static class HitOrder
{
    public static Comparison<Candidate> For(SearchSort sort, ArticleCatalog catalog)
    {
        var days = catalog.Days;
        var keys = catalog.Keys;
        int Newest(Candidate a, Candidate b)
        {
            var byDay = days[b.Slot].CompareTo(days[a.Slot]);
            return byDay != 0 ? byDay : keys[b.Slot].CompareTo(keys[a.Slot]);
        }

        return sort switch
        {
            SearchSort.Oldest => (a, b) =>
            {
                // Undated last, as newest first has them; among themselves too, earlier-indexed first.
                var (da, db) = (days[a.Slot], days[b.Slot]);
                var undated = (da == ArticleCatalog.NoDate).CompareTo(db == ArticleCatalog.NoDate);
                if (undated != 0)
                {
                    return undated;
                }

                return da != db ? da.CompareTo(db) : keys[a.Slot].CompareTo(keys[b.Slot]);
            },
            SearchSort.Relevance => (a, b) =>
            {
                var tier = b.OnWords.CompareTo(a.OnWords);
                if (tier != 0)
                {
                    return tier;
                }

                var score = b.Score.CompareTo(a.Score);
                return score != 0 ? score : Newest(a, b);
            },
            _ => Newest,
        };
    }

    /// <summary>The first <paramref name="count"/> of <paramref name="hits"/> in <paramref name="order"/>.</summary>
    public static List<Candidate> Top(List<Candidate> hits, int count, Comparison<Candidate> order)
    {
        if (hits.Count <= count * 4)
        {
            hits.Sort(order);
            return hits.Count <= count ? hits : hits.GetRange(0, count);
        }

        // A heap of the best so far whose root is the worst of them.
        var kept = new PriorityQueue<Candidate, Candidate>(count + 1, Comparer<Candidate>.Create((a, b) => order(b, a)));
        foreach (var hit in hits)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(hit, hit);
            }
            else if (order(hit, kept.Peek()) < 0)
            {
                kept.EnqueueDequeue(hit, hit);
            }
        }

        var top = new List<Candidate>(kept.Count);
        while (kept.TryDequeue(out var hit, out _))
        {
            top.Add(hit);
        }

        top.Sort(order);
        return top;
    }
}
