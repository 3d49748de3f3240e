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
    public static void Run(IndexSearcher searcher, Query query, MatchCollector collector, int parallelFrom)
    {
        var leaves = searcher.IndexReader.Leaves;
        if (leaves.Count < 2 || searcher.IndexReader.MaxDoc < parallelFrom)
        {
            searcher.Search(query, collector);
            return;
        }

        var weight = searcher.CreateNormalizedWeight(query);
        var buffers = new LeafMatches?[leaves.Count];
        try
        {
            var (first, second) = Halves(leaves);
            var claimed = 0;
            var other = Task.Run(() =>
            {
                if (Interlocked.Exchange(ref claimed, 1) == 0)
                {
                    Score(weight, second, buffers, collector.Scored);
                }
            });
            ExceptionDispatchInfo? failed = null;
            try
            {
                Score(weight, first, buffers, collector.Scored);
                if (Interlocked.Exchange(ref claimed, 1) == 0)
                {
                    Score(weight, second, buffers, collector.Scored);
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

    private static void Score(Weight weight, List<AtomicReaderContext> leaves, LeafMatches?[] buffers, bool scored)
    {
        foreach (var leaf in leaves)
        {
            var buffer = buffers[leaf.Ord] = new LeafMatches(scored);
            weight.GetBulkScorer(leaf, scoreDocsInOrder: true, leaf.AtomicReader.LiveDocs)?.Score(buffer);
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
