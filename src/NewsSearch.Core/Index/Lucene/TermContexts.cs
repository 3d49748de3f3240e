using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The terms searches of one reader have looked up, each with its place in every segment's term
/// dictionary and its statistics (Lucene's <see cref="TermContext"/>), so that a term asked for
/// again is not sought in every segment once more. Without it, those seeks were a quarter of a
/// narrow search's time at 100,000 articles (20 segments), and a scored search's two passes sought
/// its words twice. A context is only read once built, so concurrent searches share it; the set is
/// bounded and goes with its reader.
/// </summary>
internal sealed class TermContexts(IndexReaderContext reader)
{
    /// <summary>Terms kept; past this the set starts again (a context is about 100 bytes per segment).</summary>
    public const int Capacity = 8192;

    private readonly ConcurrentDictionary<Term, TermContext> _known = new();
    private int _added; // ConcurrentDictionary's own count takes every lock

    /// <summary>Terms kept now.</summary>
    internal int Count => _known.Count;

    /// <summary>A query for the documents holding <paramref name="term"/>, its lookup shared.</summary>
    public TermQuery Query(Term term, float boost = 1f) => new(term, Of(term)) { Boost = boost };

    /// <summary>The term's context in this reader, looked up on first use.</summary>
    internal TermContext Of(Term term)
    {
        if (_known.TryGetValue(term, out var known))
        {
            return known;
        }

        var built = TermContext.Build(reader, term);
        if (Volatile.Read(ref _added) >= Capacity)
        {
            _known.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        if (_known.TryAdd(term, built))
        {
            Interlocked.Increment(ref _added);
        }

        return built;
    }
}
