using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Exact-term look-ups in the commit a write batch starts from, for the writer's own questions (is
/// this id stored, who has this hash, who shares these bands). A query through the searcher builds
/// weights and a fresh terms enumerator per segment for every term, which made the writer's ~50
/// look-ups per article cost more than inverting the article; here each segment keeps one
/// enumerator per field for the whole batch. Not thread-safe: the batch's writer thread only.
/// </summary>
internal sealed class CommittedTerms(IndexReader committed)
{
    private readonly IList<AtomicReaderContext> _leaves = committed.Leaves;
    private readonly Dictionary<string, TermsEnum?[]> _enums = new(StringComparer.Ordinal);

    /// <summary>The global doc ids of the live documents holding <paramref name="value"/> in <paramref name="field"/>, in order.</summary>
    public List<int> Docs(string field, string value)
    {
        var docs = new List<int>();
        ForEach(field, [value], (leaf, doc) => docs.Add(leaf.DocBase + doc));
        return docs;
    }

    /// <summary>The first live document holding the term, or -1.</summary>
    public int First(string field, string value)
    {
        var enums = Enumerators(field);
        var term = new BytesRef(value);
        for (var i = 0; i < _leaves.Count; i++)
        {
            if (enums[i] is { } terms && terms.SeekExact(term))
            {
                var doc = terms.Docs(_leaves[i].AtomicReader.LiveDocs, null, DocsFlags.NONE).NextDoc();
                if (doc != DocIdSetIterator.NO_MORE_DOCS)
                {
                    return _leaves[i].DocBase + doc;
                }
            }
        }

        return -1;
    }

    /// <summary>The numeric doc value <paramref name="valuesField"/> of the first live document holding the term, or null.</summary>
    public long? FirstValue(string field, string value, string valuesField)
    {
        var doc = First(field, value);
        if (doc < 0)
        {
            return null;
        }

        var leaf = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
        return leaf.AtomicReader.GetNumericDocValues(valuesField)?.Get(doc - leaf.DocBase);
    }

    /// <summary>Calls <paramref name="found"/> with the segment and segment doc id of every live document holding any of <paramref name="values"/>; a document holding several comes once per value.</summary>
    public void ForEach(string field, IEnumerable<string> values, Action<AtomicReaderContext, int> found)
    {
        var enums = Enumerators(field);
        var terms = values.Select(v => new BytesRef(v)).ToList();
        DocsEnum? reuse = null;
        for (var i = 0; i < _leaves.Count; i++)
        {
            if (enums[i] is not { } segmentTerms)
            {
                continue;
            }

            var live = _leaves[i].AtomicReader.LiveDocs;
            foreach (var term in terms)
            {
                if (!segmentTerms.SeekExact(term))
                {
                    continue;
                }

                reuse = segmentTerms.Docs(live, reuse, DocsFlags.NONE);
                for (var doc = reuse.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reuse.NextDoc())
                {
                    found(_leaves[i], doc);
                }
            }
        }
    }

    private TermsEnum?[] Enumerators(string field)
    {
        if (!_enums.TryGetValue(field, out var enums))
        {
            enums = _leaves.Select(l => l.AtomicReader.GetTerms(field)?.GetEnumerator()).ToArray();
            _enums[field] = enums;
        }

        return enums;
    }
}
