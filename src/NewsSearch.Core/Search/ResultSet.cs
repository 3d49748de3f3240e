using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// Every hit of a search, in the search's order, with no results window. Matching and ordering
/// happen when the set is made (a few bytes per hit); the articles are read from the engine a
/// chunk at a time as <see cref="Rows"/> is enumerated, so memory stays flat however many there are.
/// </summary>
public sealed partial class ResultSet
{
    /// <summary>Articles read from the engine per round trip.</summary>
    public const int ChunkSize = 500;

    private readonly IArticleIndex _index;
    private readonly ArticleCatalog _catalog;
    private readonly List<Candidate> _hits;

    internal ResultSet(IArticleIndex index, ArticleCatalog catalog, List<Candidate> hits, string query)
    {
        _index = index;
        _catalog = catalog;
        _hits = hits;
        Query = query;
    }

    /// <summary>Hits when the set was made (articles deleted since then are skipped as they are read).</summary>
    public int Count => _hits.Count;

    /// <summary>The query as understood (folded to Simplified, operators explicit).</summary>
    public string Query { get; }

    /// <summary>The rows in order, read lazily in chunks of <see cref="ChunkSize"/>.</summary>
    /// <param name="cancellationToken">Checked before each chunk, e.g. the HTTP client going away.</param>
    public IEnumerable<ResultRow> Rows(CancellationToken cancellationToken = default) =>
        Articles(cancellationToken).Select(a => ResultRow.From(a.Article, a.Score));

    /// <summary>The whole articles in order, read lazily in chunks of <see cref="ChunkSize"/>, for what reads their text.</summary>
    /// <param name="cancellationToken">Checked before each chunk, e.g. the HTTP client going away.</param>
    internal IEnumerable<(Articles.Article Article, double Score)> Articles(CancellationToken cancellationToken = default) =>
        Read(_hits, cancellationToken);

    /// <summary>
    /// The internal keys of at most <paramref name="count"/> of the articles, spread evenly over the
    /// order (every one when there are no more), for samples of what the engine kept of them.
    /// </summary>
    internal IReadOnlyList<long> Keys(int count)
    {
        var picked = count >= _hits.Count ? _hits : Enumerable.Range(0, count).Select(i => _hits[(int)((long)i * _hits.Count / count)]);
        return picked.Select(h => _catalog.Keys[h.Slot]).ToList();
    }

    private IEnumerable<(Articles.Article Article, double Score)> Read(List<Candidate> hits, CancellationToken cancellationToken)
    {
        for (var start = 0; start < hits.Count; start += ChunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = hits.GetRange(start, Math.Min(ChunkSize, hits.Count - start));
            var articles = _index.Fetch(chunk.Select(h => _catalog.Keys[h.Slot]).ToList(), withOrigin: false);
            foreach (var hit in chunk)
            {
                if (articles.TryGetValue(_catalog.Keys[hit.Slot], out var article))
                {
                    yield return (article, hit.Score);
                }
            }
        }
    }
}
