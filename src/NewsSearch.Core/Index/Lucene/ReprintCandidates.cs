using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Reprints;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The committed articles sharing a band with a new one, read from doc values only (key and
/// signature) with their groups from a map loaded once per batch: generated and syndicated news
/// share many bands, and reading each candidate's stored document cost more than the indexing.
/// </summary>
internal sealed class ReprintCandidates(IndexSearcher committed)
{
    private Dictionary<long, long>? _leaders;

    /// <summary>(key, group leader, signature) of each committed article under any of the bands, each once.</summary>
    public Dictionary<long, (long Leader, ReprintSignature Signature)> Find(IEnumerable<long> bands)
    {
        var query = new BooleanQuery();
        foreach (var band in bands)
        {
            query.Add(new TermQuery(new Term(ArticleFields.Band, ArticleFields.Text(band))), Occur.SHOULD);
        }

        var collector = new Collector();
        committed.Search(query, collector);
        var leaders = _leaders ??= LoadLeaders();
        return collector.Found.ToDictionary(f => f.Key, f => (leaders.GetValueOrDefault(f.Key, f.Key), f.Signature));
    }

    // Key -> leader for every committed article that does not lead its own group.
    private Dictionary<long, long> LoadLeaders()
    {
        var leaders = new Dictionary<long, long>();
        foreach (var leaf in committed.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetDocsWithField(ArticleFields.PlacementKeyValues) is not { } placed)
            {
                continue;
            }

            var keys = reader.GetNumericDocValues(ArticleFields.PlacementKeyValues);
            var groups = reader.GetNumericDocValues(ArticleFields.GroupValues);
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (placed.Get(doc) && (live is null || live.Get(doc)) && groups.Get(doc) is var leader and not 0)
                {
                    leaders[keys.Get(doc)] = leader;
                }
            }
        }

        return leaders;
    }

    private sealed class Collector : ICollector
    {
        private readonly BytesRef _bytes = new();
        private NumericDocValues? _keys;
        private BinaryDocValues? _signatures;

        public List<(long Key, ReprintSignature Signature)> Found { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetNextReader(AtomicReaderContext context)
        {
            _keys = context.AtomicReader.GetNumericDocValues(ArticleFields.KeyValues);
            _signatures = context.AtomicReader.GetBinaryDocValues(ArticleFields.SignatureValues);
        }

        public void SetScorer(Scorer scorer)
        {
        }

        public void Collect(int doc)
        {
            _signatures!.Get(doc, _bytes);
            if (ReprintSignature.FromBytes(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length)) is { } signature)
            {
                Found.Add((_keys!.Get(doc), signature));
            }
        }
    }
}
