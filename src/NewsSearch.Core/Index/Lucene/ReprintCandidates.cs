using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Reprints;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The committed articles sharing a band with a new one, read from doc values only (key and
/// signature) with their groups from a map loaded once per batch: generated and syndicated news
/// share many bands, and reading each candidate's stored document cost more than the indexing.
/// The bands are looked up term by term (<see cref="CommittedTerms"/>), not as a query: a boolean
/// query of 48 terms built weights and terms enumerators for every segment on every article.
/// </summary>
internal sealed class ReprintCandidates(IndexSearcher committed, CommittedTerms terms)
{
    private readonly BytesRef _bytes = new();
    private Dictionary<long, long>? _leaders;

    /// <summary>(key, group leader, signature) of each committed article under any of the bands, each once.</summary>
    public Dictionary<long, (long Leader, ReprintSignature Signature)> Find(IEnumerable<long> bands)
    {
        var leaders = _leaders ??= LoadLeaders();
        var found = new Dictionary<long, (long Leader, ReprintSignature Signature)>();
        var seen = new HashSet<int>();
        terms.ForEach(ArticleFields.Band, bands.Select(ArticleFields.Text), (leaf, doc) =>
        {
            if (!seen.Add(leaf.DocBase + doc))
            {
                return;
            }

            var reader = leaf.AtomicReader;
            reader.GetBinaryDocValues(ArticleFields.SignatureValues).Get(doc, _bytes);
            if (ReprintSignature.FromBytes(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length)) is { } signature)
            {
                var key = reader.GetNumericDocValues(ArticleFields.KeyValues).Get(doc);
                found[key] = (leaders.GetValueOrDefault(key, key), signature);
            }
        });
        return found;
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
}
