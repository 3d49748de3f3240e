using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search.Related;

namespace NewsSearch.Core.Search.Terms;

/// <summary>
/// Counts how many of a set of articles hold each of their candidate words
/// (<see cref="DistinctiveWords.Set(Analyzer, string, string)"/>). The words are read back from what
/// the engine kept when indexing (<see cref="IArticleIndex.ArticleWords"/>), a few microseconds an
/// article; an article it kept none for is read and segmented again, which costs milliseconds.
/// </summary>
internal sealed class ForegroundWords(IArticleIndex index, Analyzer analyzer)
{
    /// <summary>Articles asked of the engine per round trip.</summary>
    public const int ChunkSize = 500;

    /// <summary>Per candidate word, the number of the stored articles of <paramref name="keys"/> holding it, and how many articles were read (keys no longer stored are skipped).</summary>
    /// <param name="keys">Internal article keys.</param>
    /// <param name="cancellationToken">Checked before each chunk.</param>
    public (Dictionary<string, int> Articles, int Read) Count(IReadOnlyList<long> keys, CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        for (var start = 0; start < keys.Count; start += ChunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = keys.Skip(start).Take(ChunkSize).ToList();
            var kept = index.ArticleWords(chunk);
            if (kept is not null)
            {
                // Counted by position in the vocabulary first: one string per distinct word, not per article.
                var perWord = new int[kept.Vocabulary.Count];
                foreach (var ids in kept.Articles.Values.OfType<int[]>())
                {
                    read++;
                    foreach (var id in ids)
                    {
                        perWord[id]++;
                    }
                }

                for (var id = 0; id < perWord.Length; id++)
                {
                    if (perWord[id] > 0 && DistinctiveWords.IsCandidate(kept.Vocabulary[id]))
                    {
                        counts[kept.Vocabulary[id]] = counts.GetValueOrDefault(kept.Vocabulary[id]) + perWord[id];
                    }
                }
            }

            var unkept = kept is null ? chunk : chunk.Where(k => kept.Articles.TryGetValue(k, out var ids) && ids is null).ToList();
            if (unkept.Count > 0)
            {
                foreach (var article in index.Fetch(unkept, withOrigin: false).Values)
                {
                    read++;
                    foreach (var word in DistinctiveWords.Set(analyzer, article.Title, article.Body))
                    {
                        counts[word] = counts.GetValueOrDefault(word) + 1;
                    }
                }
            }
        }

        return (counts, read);
    }
}
