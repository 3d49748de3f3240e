using System.Buffers;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Runs a query over a reader's segments into a <see cref="MatchCollector"/>, segment after segment.
/// A search that runs alone on a reader of several segments scores them on every core at once, each
/// segment into its own buffer, and the matches are then handed on in segment order on the caller's
/// thread: one search uses the cores the machine would otherwise leave idle (as Elasticsearch's
/// concurrent segment search does). While another search runs, the cores are busy already, and a
/// search scores its segments one after the other on its own thread.
/// </summary>
internal sealed class SegmentSearch(int threads, bool onlyWhenAlone)
{
    private static int s_running;

    private int _parallelRuns;

    /// <summary>Every core, and only for a search that runs alone.</summary>
    public static SegmentSearch Default { get; } = new(Environment.ProcessorCount, onlyWhenAlone: true);

    /// <summary>How many searches scored their segments on several threads (for tests).</summary>
    public int ParallelRuns => Volatile.Read(ref _parallelRuns);

    public void Run(IndexSearcher searcher, Query query, MatchCollector collector)
    {
        var leaves = searcher.IndexReader.Leaves;
        var running = Interlocked.Increment(ref s_running);
        try
        {
            if (threads < 2 || leaves.Count < 2 || (onlyWhenAlone && running > 1))
            {
                searcher.Search(query, collector);
                return;
            }

            Interlocked.Increment(ref _parallelRuns);
            RunParallel(searcher.CreateNormalizedWeight(query), leaves, collector);
        }
        finally
        {
            Interlocked.Decrement(ref s_running);
        }
    }

    private void RunParallel(Weight weight, IList<AtomicReaderContext> leaves, MatchCollector collector)
    {
        var buffers = new SegmentMatches?[leaves.Count];
        try
        {
            var groups = Groups(leaves, threads);
            try
            {
                Parallel.For(0, groups.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, g =>
                {
                    foreach (var i in groups[g])
                    {
                        buffers[i] = Score(weight, leaves[i], collector.Scored);
                    }
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }

            for (var i = 0; i < leaves.Count; i++)
            {
                collector.SetNextReader(leaves[i]);
                buffers[i]?.HandTo(collector);
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

    private static SegmentMatches Score(Weight weight, AtomicReaderContext leaf, bool scored)
    {
        var matches = new SegmentMatches(scored);
        weight.GetBulkScorer(leaf, scoreDocsInOrder: true, leaf.AtomicReader.LiveDocs)?.Score(matches);
        return matches;
    }

    // The segments in as many groups as threads, of about the same number of documents (largest first).
    private static List<List<int>> Groups(IList<AtomicReaderContext> leaves, int count)
    {
        var groups = Enumerable.Range(0, Math.Min(count, leaves.Count)).Select(_ => new List<int>()).ToList();
        var sizes = new long[groups.Count];
        foreach (var i in Enumerable.Range(0, leaves.Count).OrderByDescending(i => leaves[i].AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            groups[smallest].Add(i);
            sizes[smallest] += leaves[i].AtomicReader.MaxDoc;
        }

        return groups;
    }

    // One segment's matches (doc ids, and scores when asked) in rented arrays.
    private sealed class SegmentMatches(bool scored) : ICollector, IDisposable
    {
        private int[] _docs = [];
        private float[] _scores = [];
        private int _count;
        private Scorer? _scorer;

        public bool AcceptsDocsOutOfOrder => false;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void Collect(int doc)
        {
            if (_count == _docs.Length)
            {
                Grow();
            }

            _docs[_count] = doc;
            if (scored)
            {
                _scores[_count] = _scorer!.GetScore();
            }

            _count++;
        }

        public void HandTo(MatchCollector collector)
        {
            for (var i = 0; i < _count; i++)
            {
                collector.Collect(_docs[i], scored ? _scores[i] : 0f);
            }
        }

        public void Dispose()
        {
            Return();
            _count = 0;
        }

        private void Grow()
        {
            var size = Math.Max(1024, _docs.Length * 2);
            var docs = ArrayPool<int>.Shared.Rent(size);
            var scores = scored ? ArrayPool<float>.Shared.Rent(size) : [];
            _docs.AsSpan(0, _count).CopyTo(docs);
            if (scored)
            {
                _scores.AsSpan(0, _count).CopyTo(scores);
            }

            Return();
            _docs = docs;
            _scores = scores;
        }

        private void Return()
        {
            if (_docs.Length > 0)
            {
                ArrayPool<int>.Shared.Return(_docs);
            }

            if (_scores.Length > 0)
            {
                ArrayPool<float>.Shared.Return(_scores);
            }

            _docs = [];
            _scores = [];
        }
    }
}
