using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Hands every match to <paramref name="match"/> as its segment doc id, with its score when asked and
/// whether it also matched the whole-word query (<paramref name="wholeWords"/>: that query's matches
/// per segment; null: <paramref name="onWords"/> for all). <paramref name="segment"/> is told each
/// segment first, to read its per-segment data (slots, keys) once rather than per match.
/// </summary>
internal sealed class MatchCollector(
    bool scored, FixedBitSet?[]? wholeWords, bool onWords, Action<AtomicReaderContext> segment, Action<int, double, bool> match) : ICollector
{
    private Scorer? _scorer;
    private FixedBitSet? _words;

    // In order: out of order lets Lucene use its bulk BooleanScorer, which allocates a table of 2,048
    // buckets per disjunction per segment (measured: 5.7 of the 6.7 MB a 20,000-hit search allocated).
    public bool AcceptsDocsOutOfOrder => false;

    public void SetNextReader(AtomicReaderContext context)
    {
        _words = wholeWords?[context.Ord];
        segment(context);
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void Collect(int doc) =>
        match(doc, scored ? _scorer!.GetScore() : 0f, wholeWords is null ? onWords : _words is not null && _words.Get(doc));

    /// <summary>The matches of <paramref name="query"/>, per segment (by its ordinal) a set of its doc ids.</summary>
    public static FixedBitSet?[] Bits(IndexSearcher searcher, Query query)
    {
        var collector = new BitsCollector(searcher.IndexReader.Leaves.Count);
        searcher.Search(query, collector);
        return collector.Segments;
    }

    /// <summary>The key of a document of <paramref name="reader"/> by its global doc id.</summary>
    public static long KeyOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return leaf.AtomicReader.GetNumericDocValues(ArticleFields.KeyValues).Get(doc - leaf.DocBase);
    }

    private sealed class BitsCollector(int segments) : ICollector
    {
        private FixedBitSet? _current;

        public FixedBitSet?[] Segments { get; } = new FixedBitSet?[segments];

        public bool AcceptsDocsOutOfOrder => false; // as above

        public void SetNextReader(AtomicReaderContext context) =>
            _current = Segments[context.Ord] = new FixedBitSet(context.AtomicReader.MaxDoc);

        public void SetScorer(Scorer scorer)
        {
        }

        public void Collect(int doc) => _current!.Set(doc);
    }
}
