using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;

namespace NewsSearch.Bench;

/// <summary>
/// A word whose concordance holds about 1% of the articles, for the rare-word floor when none is given
/// (the generated corpus draws every article from the same sentences, so no word is known to sit at
/// 1%). Candidates are the dictionary words of up to <see cref="SampledArticles"/> bodies spread evenly
/// over the catalog, the <see cref="Candidates"/> whose share of articles holding them as a word is nearest 1%; each is
/// counted as the concordance counts it, the articles whose body holds it anywhere (a Han word inside a
/// longer one too), from the index where the engine can (else as a whole word, title or body), and
/// the one nearest 1% wins, ties in code point order.
/// </summary>
internal static class RareWord
{
    public const int SampledArticles = 300;

    private const int Candidates = 50;

    public static (string Word, int Articles, bool FromOccurrences) Pick(IArticleIndex index, ArticleCatalog catalog, Analyzer analyzer)
    {
        var sampled = Math.Min(SampledArticles, catalog.Count);
        var keys = Enumerable.Range(0, sampled).Select(i => catalog.Keys[(int)((long)i * catalog.Count / sampled)]).ToList();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in index.Fetch(keys, withOrigin: false).Values)
        {
            words.UnionWith(analyzer.Analyze(article.Body).Words.Select(w => w.Term));
        }

        var target = catalog.Count / 100.0;
        return index.DocumentFrequencies(words)
            .OrderBy(f => Math.Abs(f.Value - target))
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(Candidates)
            .Select(f => index.BodyOccurrences([f.Key], catalog) is { } counts
                ? (Word: f.Key, Articles: counts.Count(c => c > 0), FromOccurrences: true)
                : (Word: f.Key, Articles: f.Value, FromOccurrences: false))
            .OrderBy(c => Math.Abs(c.Articles - target))
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .First();
    }
}
