using System.Diagnostics;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Search;

/// <summary>
/// Runs searches: parses the query, lets the engine match it, then filters, counts facets
/// (drill-sideways), orders, pages and builds snippets in memory over the article catalog.
/// Thread-safe; the catalog is reloaded whenever the index generation moves.
/// </summary>
public sealed partial class SearchService
{
    private readonly IArticleIndex _index;
    private readonly QueryParser _parser;
    private readonly SnippetBuilder _snippets;
    private readonly FacetVocabulary _vocabulary;
    private readonly Lock _catalogGate = new();
    private readonly MatchCache _matches;
    private ArticleCatalog? _catalog;
    private EveryArticleMatches? _everyArticle;

    /// <summary>
    /// Matches kept for re-use across requests for the same query: 16 bytes each, and up to about 26
    /// more once a query is asked again (<see cref="KnownMatches"/>: orders, bit sets, days and
    /// sources), so at most some 170 MB at this default.
    /// </summary>
    public const int MatchCacheSize = 4_000_000;

    /// <summary>Creates the service over an open index.</summary>
    /// <param name="index">The engine.</param>
    /// <param name="analyzer">The analyzer the index was built with.</param>
    /// <param name="vocabulary">Facet labels and ids.</param>
    /// <param name="matchCacheSize">Matches kept for re-use (0 turns the cache off, e.g. to measure the engine).</param>
    public SearchService(IArticleIndex index, Analyzer analyzer, FacetVocabulary vocabulary, int matchCacheSize = MatchCacheSize)
    {
        _matches = new MatchCache(matchCacheSize);
        _index = index;
        _parser = new QueryParser(analyzer);
        _snippets = new SnippetBuilder(analyzer.Folder);
        _vocabulary = vocabulary;
    }

    /// <summary>The parser, for callers that need the query as understood.</summary>
    public QueryParser Parser => _parser;

    /// <summary>The snippet builder, for highlighting article pages.</summary>
    public SnippetBuilder Snippets => _snippets;

    /// <summary>Runs a validated request (see <see cref="SearchRequestValidator"/>).</summary>
    public SearchResponse Search(SearchRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var query = _parser.Parse(request.Query);
        var catalog = CurrentCatalog();
        var result = Known(query, request, catalog) is { } known
            ? PageOfKnown(known, request, PageOrder(query, request), catalog) // browsing by relevance is newest first
            : PageOfFound(query, request, catalog);

        var articles = _index.Fetch(result.Hits.Select(h => catalog.Keys[h.Slot]).ToList(), withOrigin: false);
        var pageHits = result.Hits
            .Where(h => articles.ContainsKey(catalog.Keys[h.Slot])) // deleted since the catalog was read
            .Select(h => ToHit(articles[catalog.Keys[h.Slot]], h.Score, query,
                result.Counts.Versions(h.Slot), catalog.GroupIdOf(h.Slot)))
            .ToList();

        var facets = BuildFacets(catalog, result.Counts.Tally, request);
        var took = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return new SearchResponse(result.Counts.Total, request.Page, request.PageSize, Math.Round(took, 2), query.Display, pageHits, facets);
    }

    /// <summary>The current catalog, reloaded when the index has changed since it was built.</summary>
    public ArticleCatalog CurrentCatalog()
    {
        var generation = _index.Generation;
        var catalog = _catalog;
        if (catalog is not null && catalog.Generation == generation)
        {
            return catalog;
        }

        lock (_catalogGate)
        {
            if (_catalog is null || _catalog.Generation != generation)
            {
                _catalog = _index.LoadCatalog();
            }

            return _catalog;
        }
    }

    // The articles matching the query and passing the filters, counted into the tally when there
    // is one; with a date sort the engine skips scoring.
    private List<Candidate> Find(ParsedQuery query, SearchRequest request, ArticleCatalog catalog, FacetTally? tally, SearchSort sort)
    {
        var filter = new SearchFilter(request, catalog);
        return query.IsBrowse ? Browse(catalog, filter, tally) : Match(query, sort, catalog, filter, tally);
    }

    // Browsing walks the catalog newest first, so it needs ordering only when asked for the oldest.
    private static bool FoundInPageOrder(ParsedQuery query, SearchRequest request) =>
        query.IsBrowse && request.Sort != SearchSort.Oldest;

    private static SearchSort PageOrder(ParsedQuery query, SearchRequest request) =>
        FoundInPageOrder(query, request) ? SearchSort.Newest : request.Sort;

    private static List<Candidate> Browse(ArticleCatalog catalog, SearchFilter filter, FacetTally? tally)
    {
        // Filtering and counting read every per-article array; in slot order those reads are
        // sequential, in date order they jump about the memory (measured: 4x slower at 100k).
        // So the first pass goes in slot order and the second only puts the passes in date order.
        var passes = new bool[catalog.Count];
        var count = 0;
        for (var slot = 0; slot < passes.Length; slot++)
        {
            var failures = filter.Failures(catalog, slot);
            tally?.Add(slot, failures);
            if (failures == 0)
            {
                passes[slot] = true;
                count++;
            }
        }

        var hits = CandidateLists.Rent();
        hits.EnsureCapacity(count);
        foreach (var slot in catalog.NewestFirst)
        {
            if (passes[slot])
            {
                hits.Add(new Candidate(slot, 0, true));
            }
        }

        return hits;
    }

    private List<Candidate> Match(ParsedQuery query, SearchSort sort, ArticleCatalog catalog, SearchFilter filter, FacetTally? tally)
    {
        // Ordering by date needs no relevance scores; scored matches serve both orders.
        var scored = sort == SearchSort.Relevance;
        var hits = CandidateLists.Rent();
        if (KnownMatchesOf(query, sort, catalog) is { } known)
        {
            foreach (var match in known.All)
            {
                Take(scored ? match : match with { Score = 0 }); // as unscored as the engine's answer would be
            }

            return hits;
        }

        // One pass over the engine's matches: each is filtered, counted and kept as it comes.
        var all = _matches.Enabled ? new List<Candidate>() : null;
        _index.Match(query, scored, catalog, (slot, score, onWords) =>
        {
            var match = new Candidate(slot, score, onWords);
            all?.Add(match);
            Take(match);
        });
        if (all is not null)
        {
            // Scored matches serve the date orders too, so they replace unscored ones.
            _matches.Add(MatchKey(query, catalog, scored), new KnownMatches([.. all]), scored ? MatchKey(query, catalog, scored: false) : null);
        }

        return hits;

        void Take(Candidate match)
        {
            var failures = filter.Failures(catalog, match.Slot);
            tally?.Add(match.Slot, failures);
            if (failures == 0)
            {
                hits.Add(match);
            }
        }
    }

    private SearchHit ToHit(Articles.Article article, double score, ParsedQuery query, int versions, string group) =>
        ToHit(article, score, query, versions, group, Articles.ArticleHeading.Of(article));

    private SearchHit ToHit(Articles.Article article, double score, ParsedQuery query, int versions, string group, Articles.ArticleHeading heading) => new(
        article.Id,
        article.Title,
        article.Published,
        article.Source,
        article.Url,
        article.Tags.Zones.Select(t => t.Id).ToList(),
        article.Tags.Countries.Select(t => t.Id).ToList(),
        article.Tags.Sectors.Select(t => t.Id).ToList(),
        Math.Round(score, 4),
        _snippets.Build(article.Body, query.Highlights),
        versions,
        group,
        heading.Text,
        heading.Derived);
}
