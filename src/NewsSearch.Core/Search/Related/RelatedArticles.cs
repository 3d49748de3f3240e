using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search.Related;

/// <summary>
/// Finds the articles most similar to a given one: its most distinctive words (TF-IDF, document
/// frequencies from the index) are matched as an OR query over title and body words; the engine's
/// best candidates are then scored by the summed weight of the distinctive words they share, so
/// the score is explained by the shared words shown with it. The article's reprints are left out
/// and another story shows once, by its best-matching version. Thread-safe.
/// </summary>
public sealed class RelatedArticles
{
    /// <summary>Related articles returned when the caller does not say.</summary>
    public const int DefaultLimit = 5;

    /// <summary>Most related articles returned.</summary>
    public const int MaxLimit = 20;

    /// <summary>Distinctive words that make up the similarity query.</summary>
    public const int QueryWords = 12;

    private readonly IArticleIndex _index;
    private readonly Analyzer _analyzer;
    private readonly SearchService _search;
    private readonly DocumentFrequencyCache _frequencies;

    /// <summary>Creates the finder over an open index.</summary>
    /// <param name="index">The engine.</param>
    /// <param name="analyzer">The analyzer the index was built with.</param>
    /// <param name="search">The search service, whose catalog gives the number of articles.</param>
    public RelatedArticles(IArticleIndex index, Analyzer analyzer, SearchService search)
    {
        _index = index;
        _analyzer = analyzer;
        _search = search;
        _frequencies = new DocumentFrequencyCache(index);
    }

    /// <summary>Problems by parameter name (<c>limit</c>); empty when <paramref name="limit"/> is valid.</summary>
    public static Dictionary<string, string[]> Validate(int limit) => limit is < 1 or > MaxLimit
        ? new() { ["limit"] = [$"The limit must be between 1 and {MaxLimit}."] }
        : [];

    /// <summary>The articles most similar to the article <paramref name="id"/>, or null when there is no such article.</summary>
    public RelatedResponse? Find(string id, int limit = DefaultLimit)
    {
        if (_index.Find(id) is not { } article)
        {
            return null;
        }

        var frequencies = DistinctiveWords.Frequencies(_analyzer, article.Title, article.Body);
        var catalog = _search.CurrentCatalog();
        var articles = catalog.Count;
        var words = DistinctiveWords.Top(frequencies, w => _frequencies.Lookup(w, articles), articles, QueryWords);

        // The article's own reprints are the same story, not related ones; and another story counts
        // once, however many sites reprinted it.
        var versions = (_index.ReprintGroupOf(id)?.Versions ?? []).Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        versions.Add(article.Id);
        var storiesSeen = new HashSet<int>();

        // Twice the candidates asked for (and the article's versions) leaves room for the re-scoring.
        var matches = _index.MatchAnyWord(words.Select(w => w.Word).ToList(), (limit * 2) + versions.Count);
        var found = _index.Fetch(matches.Select(m => m.Key).ToList(), withOrigin: false);
        var scored = new List<(RelatedArticle Article, double Engine)>();
        foreach (var match in matches)
        {
            if (!found.TryGetValue(match.Key, out var other) || versions.Contains(other.Id)
                || (catalog.SlotOf(match.Key) is var slot and >= 0 && !storiesSeen.Add(catalog.Groups[slot])))
            {
                continue;
            }

            var held = DistinctiveWords.Set(_analyzer, other.Title, other.Body);
            var shared = words.Where(w => held.Contains(w.Word)).ToList();
            var heading = ArticleHeading.Of(other);
            scored.Add((new RelatedArticle(
                other.Id, other.Title, other.Published, other.Source, other.Url,
                Math.Round(shared.Sum(w => w.Weight), 4), shared.Select(w => w.Word).ToList(), heading.Text, heading.Derived), match.Score));
        }

        var related = scored
            .OrderByDescending(s => s.Article.Score).ThenByDescending(s => s.Engine).ThenBy(s => s.Article.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(s => s.Article)
            .ToList();
        return new RelatedResponse(article.Id, related);
    }
}
