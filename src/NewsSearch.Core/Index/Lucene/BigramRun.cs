using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The occurrences of a Han word of two or more characters in one segment's grams: its bigrams at
/// consecutive positions (see <see cref="GramOccurrences"/> for why that is exactly where the word is).
/// A bigram the word repeats (哈哈 in 哈哈哈) is read once.
/// </summary>
internal sealed class BigramRun
{
    private readonly DocsAndPositionsEnum[] _postings;
    private readonly int[] _postingOf;
    private readonly int[][] _positions;
    private readonly int[] _counts;

    private BigramRun(DocsAndPositionsEnum[] postings, int[] postingOf)
    {
        _postings = postings;
        _postingOf = postingOf;
        _positions = postings.Select(_ => new int[8]).ToArray();
        _counts = new int[postings.Length];
    }

    /// <summary>The word's bigrams in <paramref name="grams"/>, or null when the segment lacks one of them.</summary>
    public static BigramRun? Open(Terms grams, IBits? live, string word)
    {
        var distinct = new List<string>();
        var postingOf = new int[word.Length - 1];
        for (var i = 0; i < postingOf.Length; i++)
        {
            var bigram = word.Substring(i, 2);
            var at = distinct.IndexOf(bigram);
            if (at < 0)
            {
                at = distinct.Count;
                distinct.Add(bigram);
            }

            postingOf[i] = at;
        }

        var postings = new DocsAndPositionsEnum[distinct.Count];
        for (var i = 0; i < distinct.Count; i++)
        {
            var terms = grams.GetEnumerator();
            if (!terms.SeekExact(new BytesRef(distinct[i])))
            {
                return null;
            }

            postings[i] = terms.DocsAndPositions(live, null, DocsAndPositionsFlags.NONE);
        }

        return new BigramRun(postings, postingOf);
    }

    /// <summary>Hands every occurrence to <paramref name="start"/> as (document, position of its first bigram), in document order.</summary>
    public void Each(Action<int, int> start)
    {
        var lead = _postings[0];
        var doc = lead.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            var ahead = Align(doc);
            if (ahead != doc)
            {
                doc = ahead == DocIdSetIterator.NO_MORE_DOCS ? ahead : lead.Advance(ahead);
                continue;
            }

            ReadPositions();
            var firsts = _positions[_postingOf[0]];
            for (var i = 0; i < _counts[_postingOf[0]]; i++)
            {
                if (Follows(firsts[i]))
                {
                    start(doc, firsts[i]);
                }
            }

            doc = lead.NextDoc();
        }
    }

    // Moves every other posting to doc or past it: doc when all hold it, else the first one beyond.
    private int Align(int doc)
    {
        for (var i = 1; i < _postings.Length; i++)
        {
            var other = _postings[i];
            var at = other.DocID < doc ? other.Advance(doc) : other.DocID;
            if (at != doc)
            {
                return at;
            }
        }

        return doc;
    }

    private void ReadPositions()
    {
        for (var i = 0; i < _postings.Length; i++)
        {
            var count = _counts[i] = _postings[i].Freq;
            if (_positions[i].Length < count)
            {
                _positions[i] = new int[Math.Max(count, _positions[i].Length * 2)];
            }

            for (var j = 0; j < count; j++)
            {
                _positions[i][j] = _postings[i].NextPosition();
            }
        }
    }

    // True when bigram k of the word sits at position first+k for every k after the first.
    private bool Follows(int first)
    {
        for (var k = 1; k < _postingOf.Length; k++)
        {
            var posting = _postingOf[k];
            if (Array.BinarySearch(_positions[posting], 0, _counts[posting], first + k) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
