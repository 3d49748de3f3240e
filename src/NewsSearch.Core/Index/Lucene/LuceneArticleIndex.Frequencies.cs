using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Index.Lucene;

public sealed partial class LuceneArticleIndex
{
    /// <inheritdoc />
    /// <remarks>
    /// Counted from the postings, each segment keeping one terms enumerator per column for all the
    /// words: a segment with no deletions gives its body count as the term's document frequency
    /// outright, and only the (short) title postings are walked for articles holding the word in
    /// their title alone; a segment with deletions walks both postings over its live documents.
    /// A search per word cost about a millisecond each, seconds for the thousands of words a result
    /// set's significant terms look up.
    /// </remarks>
    public IReadOnlyDictionary<string, int> DocumentFrequencies(IReadOnlyCollection<string> words)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return frequencies;
        }

        var terms = words.Distinct(StringComparer.Ordinal).Select(w => (Word: w, Bytes: new BytesRef(w))).ToList();
        var counts = new int[terms.Count];
        using var lease = _readers.Acquire();
        DocsEnum? title = null;
        DocsEnum? body = null;
        foreach (var leaf in lease.Reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var titles = segment.GetTerms(ArticleFields.TitleWords)?.GetEnumerator();
            var bodies = segment.GetTerms(ArticleFields.BodyWords)?.GetEnumerator();
            var live = segment.LiveDocs;
            for (var i = 0; i < terms.Count; i++)
            {
                var inTitle = titles is not null && titles.SeekExact(terms[i].Bytes);
                var inBody = bodies is not null && bodies.SeekExact(terms[i].Bytes);
                title = inTitle ? titles!.Docs(live, title, DocsFlags.NONE) : title;
                body = inBody ? bodies!.Docs(live, body, DocsFlags.NONE) : body;
                counts[i] += live is null && inBody
                    ? bodies!.DocFreq + (inTitle ? TitleOnly(title!, body!) : 0)
                    : Union(inTitle ? title : null, inBody ? body : null);
            }
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (counts[i] > 0)
            {
                frequencies[terms[i].Word] = counts[i];
            }
        }

        return frequencies;
    }

    // Documents of the title postings the body postings lack (both in doc id order).
    private static int TitleOnly(DocsEnum title, DocsEnum body)
    {
        var count = 0;
        var at = -1;
        for (var doc = title.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = title.NextDoc())
        {
            if (at < doc)
            {
                at = body.Advance(doc);
            }

            if (at != doc)
            {
                count++;
            }
        }

        return count;
    }

    // Documents in either postings, each once.
    private static int Union(DocsEnum? title, DocsEnum? body)
    {
        var count = 0;
        var a = title?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS;
        var b = body?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS;
        while (a != DocIdSetIterator.NO_MORE_DOCS || b != DocIdSetIterator.NO_MORE_DOCS)
        {
            count++;
            var doc = Math.Min(a, b);
            if (a == doc)
            {
                a = title!.NextDoc();
            }

            if (b == doc)
            {
                b = body!.NextDoc();
            }
        }

        return count;
    }
}
