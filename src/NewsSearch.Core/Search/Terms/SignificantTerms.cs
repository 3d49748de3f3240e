using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search.Related;

namespace NewsSearch.Core.Search.Terms;

/// <summary>
/// What a result set is about: the words its articles hold more often than the whole index does,
/// scored as Elasticsearch's significant_terms does by default (JLH): (fg% − bg%) × fg% / bg%, with
/// fg% the share of the result set's articles holding the word and bg% the share of the index's.
/// Words are the analyzer's dictionary words of title and body, folded; single characters, numbers
/// <see cref="StopWords"/> and the query's own words (and words inside its phrases) are left out, and so are words fewer than
/// <see cref="MinForegroundArticles"/> articles of the set hold. A set larger than
/// <see cref="SampleSize"/> is read as an evenly spread sample of that many of its articles (in
/// date order), and its foreground counts are then counts in the sample.
/// </summary>
public sealed class SignificantTerms
{
    /// <summary>Default number of words.</summary>
    public const int DefaultLimit = 20;

    /// <summary>Most words.</summary>
    public const int MaxLimit = 100;

    /// <summary>Most articles of a result set read; a larger set is sampled.</summary>
    public const int SampleSize = 1_000;

    /// <summary>Fewest articles of the set a word must be in (one article's pet word is not what a set is about).</summary>
    public const int MinForegroundArticles = 2;

    private readonly SearchService _search;
    private readonly ForegroundWords _words;
    private readonly DocumentFrequencyCache _frequencies;
    private readonly int _sampleSize;

    /// <summary>Creates the service over the search service, the index and its analyzer.</summary>
    /// <param name="search">The search service.</param>
    /// <param name="index">The engine, for the background counts.</param>
    /// <param name="analyzer">The index's analyzer, which splits into words the articles the engine kept no words for.</param>
    /// <param name="sampleSize">Most articles of a set read (<see cref="SampleSize"/>; tests use fewer).</param>
    public SignificantTerms(SearchService search, IArticleIndex index, Analyzer analyzer, int sampleSize = SampleSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleSize, 1);
        _search = search;
        _words = new ForegroundWords(index, analyzer);
        _frequencies = new DocumentFrequencyCache(index);
        _sampleSize = sampleSize;
    }

    /// <summary>Problems with <paramref name="limit"/> by parameter name; empty when it is valid.</summary>
    public static Dictionary<string, string[]> Validate(int limit) => limit is < 1 or > MaxLimit
        ? new() { ["limit"] = [$"The limit must be between 1 and {MaxLimit}."] }
        : [];

    /// <summary>The most significant words of a validated request's result set (its order and page do not apply).</summary>
    public SignificantTermsResponse Find(SearchRequest request, int limit, CancellationToken cancellationToken = default)
    {
        var set = _search.ReadAll(request with { Sort = SearchSort.Newest });
        var background = _search.CurrentCatalog().Count;
        var sampled = set.Count > _sampleSize;
        var own = _search.Parser.Parse(request.Query).Highlights; // the query's own words, and those inside its runs (太仓 of 太仓港), say nothing new
        var (foreground, read) = _words.Count(set.Keys(sampled ? _sampleSize : set.Count), cancellationToken);

        // What is left out is left out word by word, so once per distinct word rather than per article.
        var candidates = foreground
            .Where(f => f.Value >= MinForegroundArticles && !StopWords.Contains(f.Key) && !own.Any(h => h.Contains(f.Key, StringComparison.Ordinal)) && !f.Key.Any(char.IsDigit))
            .Select(f => f.Key)
            .ToList();
        var frequencies = _frequencies.Lookup(candidates, background);
        var terms = candidates
            .Where(frequencies.ContainsKey)
            .Select(w => new SignificantTerm(w, foreground[w], frequencies[w], Score(foreground[w], read, frequencies[w], background)))
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.Foreground).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(limit)
            .Select(t => t with { Score = Math.Round(t.Score, 6) })
            .ToList();
        return new SignificantTermsResponse(set.Query, set.Count, background, sampled, read, terms);
    }

    /// <summary>JLH: the absolute gain in share times the relative one; 0 when the word is not more common in the set.</summary>
    public static double Score(int foreground, int foregroundSize, int background, int backgroundSize)
    {
        if (foregroundSize == 0 || background == 0 || backgroundSize == 0)
        {
            return 0;
        }

        var fg = (double)foreground / foregroundSize;
        var bg = (double)background / backgroundSize;
        return fg <= bg ? 0 : (fg - bg) * (fg / bg);
    }
}
