using System.Collections.Concurrent;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search.Related;

/// <summary>
/// Remembers the engine's document frequencies, which cost a walk over each word's postings.
/// Frequencies only weigh words against each other, so they are kept while the number of articles
/// stays within 1% of what it was when they were read, rather than dropped at every write.
/// </summary>
internal sealed class DocumentFrequencyCache(IArticleIndex index)
{
    private const int MaxWords = 200_000;
    private const double Drift = 0.01;

    private readonly Lock _gate = new();
    private ConcurrentDictionary<string, int> _frequencies = new(StringComparer.Ordinal);
    private int _articles = -1;

    /// <summary>The frequency of each word held by at least one article, given the current article count.</summary>
    public IReadOnlyDictionary<string, int> Lookup(IReadOnlyCollection<string> words, int articles)
    {
        var known = Current(articles);
        var missing = words.Where(w => !known.ContainsKey(w)).ToList();
        if (missing.Count > 0)
        {
            var found = index.DocumentFrequencies(missing);
            foreach (var word in missing)
            {
                known[word] = found.GetValueOrDefault(word); // 0 remembers that no article holds it
            }
        }

        return words.Where(w => known.TryGetValue(w, out var df) && df > 0).ToDictionary(w => w, w => known[w], StringComparer.Ordinal);
    }

    private ConcurrentDictionary<string, int> Current(int articles)
    {
        lock (_gate)
        {
            if (_articles < 0 || Math.Abs(articles - _articles) > _articles * Drift || _frequencies.Count > MaxWords)
            {
                _frequencies = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
                _articles = articles;
            }

            return _frequencies;
        }
    }
}
