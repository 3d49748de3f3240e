using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Runs a query over a reader's segments and hands every match to a <see cref="MatchCollector"/> in
/// segment and document order, as <see cref="IndexSearcher.Search(Query, ICollector)"/> would. Over a
/// large reader the segments are split into two halves of about equal size, each scored on a thread
/// of its own into a buffer, and the buffers are handed on afterwards in the same order: the same
/// answer, with the scoring of every match (most of a common word's search at a million articles)
/// shared by two cores when a second one is free. The calling thread takes the second half too when
/// no other thread has started it, so a busy pool only loses the parallelism, never waits for it.
/// </summary>
internal static class SegmentSearch
{
    /// <summary>Hands every match of <paramref name="query"/> in <paramref name="searcher"/>'s reader to <paramref name="collector"/>.</summary>
    /// <param name="searcher">The searcher of the reader to search.</param>
    /// <param name="query">The query.</param>
    /// <param name="collector">Told each segment, then each of its matches.</param>
    /// <param name="parallelFrom">
    /// Documents a reader must hold, and a search is estimated to visit (its largest segment's scorer's
    /// cost, scaled to the reader), before it is split: a narrow search gains nothing from a second thread and was measured to lose.
    /// </param>
    public static void Run(IndexSearcher searcher, Query query, MatchCollector collector, int parallelFrom)
    {
        var leaves = searcher.IndexReader.Leaves;
        if (leaves.Count < 2 || searcher.IndexReader.MaxDoc < parallelFrom)
        {
            searcher.Search(query, collector);
            return;
        }

        // The largest segment's scorer estimates the whole pass (making every segment's scorer here,
        // before splitting, cost a prefix over many terms a fifth of its time at a million articles).
        var weight = searcher.CreateNormalizedWeight(query);
        var largest = leaves.MaxBy(leaf => leaf.AtomicReader.MaxDoc)!;
        var first = weight.GetScorer(largest, largest.AtomicReader.LiveDocs);
        var estimate = (first?.GetCost() ?? 0) * searcher.IndexReader.MaxDoc / Math.Max(1, largest.AtomicReader.MaxDoc);
        Scorer? ScorerOf(AtomicReaderContext leaf) => leaf == largest ? first : weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        if (estimate < parallelFrom)
        {
            foreach (var leaf in leaves)
            {
                collector.SetNextReader(leaf);
                Collect(ScorerOf(leaf), collector);
            }

            return;
        }

        var buffers = new LeafMatches?[leaves.Count];
        try
        {
            var (firstHalf, secondHalf) = Halves(leaves);
            var claimed = 0;
            var other = Task.Run(() =>
            {
                if (Interlocked.Exchange(ref claimed, 1) == 0)
                {
                    Score(ScorerOf, secondHalf, buffers, collector.Scored);
                }
            });
            ExceptionDispatchInfo? failed = null;
            try
            {
                Score(ScorerOf, firstHalf, buffers, collector.Scored);
                if (Interlocked.Exchange(ref claimed, 1) == 0)
                {
                    Score(ScorerOf, secondHalf, buffers, collector.Scored);
                }
            }
            catch (Exception e)
            {
                // The other half may not start now; if it has, its buffers are disposed only once it is done.
                Interlocked.Exchange(ref claimed, 1);
                failed = ExceptionDispatchInfo.Capture(e);
            }

            try
            {
                other.GetAwaiter().GetResult();
            }
            catch when (failed is not null)
            {
            }

            failed?.Throw();
            foreach (var leaf in leaves)
            {
                collector.Replay(leaf, buffers[leaf.Ord]);
            }
        }
        finally
        {
            foreach (var buffer in buffers)
            {
                buffer?.Dispose();
            }
        }
    }

    private static void Score(Func<AtomicReaderContext, Scorer?> scorerOf, List<AtomicReaderContext> leaves, LeafMatches?[] buffers, bool scored)
    {
        foreach (var leaf in leaves)
        {
            Collect(scorerOf(leaf), buffers[leaf.Ord] = new LeafMatches(scored));
        }
    }

    // What Lucene's default bulk scorer does with a segment's scorer: every match in document order.
    private static void Collect(Scorer? scorer, ICollector collector)
    {
        if (scorer is null)
        {
            return;
        }

        collector.SetScorer(scorer);
        int doc;
        while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            collector.Collect(doc);
        }
    }

    // The largest segments first, each to the half holding fewer documents so far.
    private static (List<AtomicReaderContext> First, List<AtomicReaderContext> Second) Halves(IList<AtomicReaderContext> leaves)
    {
        var (first, second) = (new List<AtomicReaderContext>(), new List<AtomicReaderContext>());
        var (firstDocs, secondDocs) = (0L, 0L);
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            if (firstDocs <= secondDocs)
            {
                first.Add(leaf);
                firstDocs += leaf.AtomicReader.MaxDoc;
            }
            else
            {
                second.Add(leaf);
                secondDocs += leaf.AtomicReader.MaxDoc;
            }
        }

        return (first, second);
    }
}
