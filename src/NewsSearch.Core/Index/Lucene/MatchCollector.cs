using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>Collects every match as its article key (from doc values, no stored fields read), with its score when asked.</summary>
internal sealed class MatchCollector(bool scored) : ICollector
{
    private NumericDocValues? _keys;
    private Scorer? _scorer;

    public List<(long Key, float Score)> Matches { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetNextReader(AtomicReaderContext context) => _keys = context.AtomicReader.GetNumericDocValues(ArticleFields.KeyValues);

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void Collect(int doc)
    {
        // Only article documents carry text, so every match has a key.
        var key = _keys!.Get(doc);
        Matches.Add((key, scored ? _scorer!.GetScore() : 0f));
    }

    /// <summary>The key of a document of <paramref name="reader"/> by its global doc id.</summary>
    public static long KeyOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return leaf.AtomicReader.GetNumericDocValues(ArticleFields.KeyValues).Get(doc - leaf.DocBase);
    }
}
