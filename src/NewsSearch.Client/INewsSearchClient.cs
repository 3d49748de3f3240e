using NewsSearch.Client.Articles;
using NewsSearch.Client.Concordance;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Facets;
using NewsSearch.Client.Feeds;
using NewsSearch.Client.Search;
using NewsSearch.Client.Suggestions;
using NewsSearch.Client.Terms;
using NewsSearch.Client.Trends;

namespace NewsSearch.Client;

/// <summary>
/// The NewsSearch HTTP API. Every call retries transient failures, is bounded by timeouts and
/// fails fast while the circuit breaker is open. Failures throw <see cref="NewsSearchApiException"/>
/// (the service refused the call) or <see cref="NewsSearchUnavailableException"/> (it could not be reached in time).
/// </summary>
public interface INewsSearchClient
{
    /// <summary>Searches articles: <c>GET /api/v1/search</c>.</summary>
    /// <param name="query">Query text, filters, order and page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of hits with facet counts.</returns>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every hit of a search as a file: <c>GET /api/v1/search/export</c>. The stream is the response
    /// body as it arrives (nothing is buffered), so an export of any size can be copied to a file.
    /// Retries, timeouts and the circuit breaker cover the wait for the response to start; reading
    /// the stream is bounded only by <paramref name="cancellationToken"/>. Dispose the stream.
    /// </summary>
    /// <param name="query">Query text, filters and order (page, page size and timeline do not apply).</param>
    /// <param name="format">CSV (UTF-8 with a BOM) or JSON Lines.</param>
    /// <param name="cancellationToken">Cancels the call until the response starts.</param>
    /// <returns>The export's bytes, to read to the end and dispose.</returns>
    Task<Stream> ExportAsync(SearchQuery query, ExportFormat format = ExportFormat.Csv, CancellationToken cancellationToken = default);

    /// <summary>
    /// The Atom feed of a search: its 50 newest dated articles, newest first: <c>GET /api/v1/search/feed</c>.
    /// Pass the <see cref="SearchFeed.ETag"/> of the last read to be told, with null, that nothing changed.
    /// </summary>
    /// <param name="query">Query text and filters (order, page and timeline do not apply).</param>
    /// <param name="ifNoneMatch">The ETag of the feed last read, or null to read it whatever.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The feed, or null when it is unchanged since <paramref name="ifNoneMatch"/> (the service answered 304).</returns>
    Task<SearchFeed?> GetFeedAsync(SearchQuery query, string? ifNoneMatch = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keyword in context: a page of the occurrences of the query's words in the bodies of the matching
    /// articles, each with its context in the article's own script: <c>GET /api/v1/search/concordance</c>.
    /// </summary>
    /// <param name="query">Query text (with words to find) and filters; its order and page do not apply.</param>
    /// <param name="options">Context width, line order and page; null for the service's defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of lines with the totals of occurrences and of articles.</returns>
    Task<ConcordancePage> GetConcordanceAsync(SearchQuery query, ConcordanceOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every line of a concordance as a file: <c>GET /api/v1/search/concordance?format=</c>. The stream is
    /// the response body as it arrives, as with <see cref="ExportAsync"/>. Dispose the stream.
    /// </summary>
    /// <param name="query">Query text and filters.</param>
    /// <param name="format">CSV (UTF-8 with a BOM; columns id,title,published,left,match,right,heading,headingDerived) or JSON Lines.</param>
    /// <param name="options">Context width and line order (the page is ignored).</param>
    /// <param name="cancellationToken">Cancels the call until the response starts.</param>
    /// <returns>The file's bytes, to read to the end and dispose.</returns>
    Task<Stream> ExportConcordanceAsync(SearchQuery query, ExportFormat format = ExportFormat.Csv, ConcordanceOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Several queries counted per month or year over the same periods, to compare their trends:
    /// <c>GET /api/v1/trends</c>. Each count equals the search's total for that query with the period as its dates.
    /// </summary>
    /// <param name="queries">2 to 6 queries, in the order the series come back.</param>
    /// <param name="filters">Filters every query shares (its text, order and page are ignored); null for none.</param>
    /// <param name="interval">Months or years.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The periods and one series per query.</returns>
    Task<TrendComparison> GetTrendsAsync(
        IReadOnlyList<string> queries, SearchQuery? filters = null, TrendInterval interval = TrendInterval.Month, CancellationToken cancellationToken = default);

    /// <summary>
    /// The words a result set is about, over-represented in its articles against the whole index (JLH score):
    /// <c>GET /api/v1/search/terms</c>. A large set is sampled (see <see cref="SignificantTerms.Sampled"/>).
    /// </summary>
    /// <param name="query">Query text and filters (order and page do not apply).</param>
    /// <param name="limit">How many words, 1 to 100; null for the service's default (20).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The words with their foreground and background counts and scores.</returns>
    Task<SignificantTerms> GetSignificantTermsAsync(SearchQuery query, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>Reads an article: <c>GET /api/v1/articles/{id}</c>.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="highlight">A query whose words to mark in <see cref="Article.Highlighted"/>, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The article, or null when the service has none with that id.</returns>
    Task<Article?> GetArticleAsync(string id, string? highlight = null, CancellationToken cancellationToken = default);

    /// <summary>Every version of an article's story (its reprint group, oldest first): <c>GET /api/v1/articles/{id}/versions</c>.</summary>
    /// <param name="id">The id of any article of the group.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group, or null when the service has no article with that id.</returns>
    Task<ArticleVersions?> GetVersionsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists every facet value with labels and article counts: <c>GET /api/v1/facets</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Zones, partner countries and sectors.</returns>
    Task<FacetCatalog> GetFacetsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds or replaces articles in one request: <c>POST /api/v1/articles</c> (needs the API key).
    /// Batching is the caller's choice (the service accepts up to 1,000 per request by default).
    /// Repeating a write is safe: unchanged articles are reported as such.
    /// </summary>
    /// <param name="articles">The articles; at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Counts of added, updated and unchanged articles, and those skipped with reasons.</returns>
    Task<UpsertResult> UpsertArticlesAsync(IEnumerable<ArticleInput> articles, CancellationToken cancellationToken = default);

    /// <summary>
    /// The content hashes the service holds for these ids: <c>POST /api/v1/articles/content-hashes</c>.
    /// Compare them with locally computed hashes to send only what the service lacks.
    /// </summary>
    /// <param name="ids">Article ids (up to 1,000 per call by default).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Id to hash for the ids the service holds; the others are absent.</returns>
    Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Deletes an article: <c>DELETE /api/v1/articles/{id}</c> (needs the API key).</summary>
    /// <param name="id">The article id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when it was deleted, false when the service had no such article.</returns>
    Task<bool> DeleteArticleAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The articles most similar to one article: <c>GET /api/v1/articles/{id}/related</c>.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="limit">How many, 1 to 20; null for the service's default (5).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The related articles with the words they share, or null when the service has no article with that id.</returns>
    Task<RelatedArticles?> GetRelatedAsync(string id, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A search's matches counted by two dimensions at once: <c>GET /api/v1/search/pivot</c>. Each cell
    /// equals the total of the search filtered by both of its values. Order and paging of
    /// <paramref name="query"/> are ignored.
    /// </summary>
    /// <param name="query">Query text and filters.</param>
    /// <param name="rows">The rows' dimension.</param>
    /// <param name="cols">The columns' dimension; not the same as <paramref name="rows"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The table, sparse: absent cells count 0.</returns>
    Task<PivotTable> GetPivotAsync(
        SearchQuery query, PivotDimension rows = PivotDimension.Zone, PivotDimension cols = PivotDimension.Country, CancellationToken cancellationToken = default);

    /// <summary>Completes a prefix into facet values and title words: <c>GET /api/v1/suggest</c>.</summary>
    /// <param name="prefix">1 to 64 characters, Simplified, Traditional or English.</param>
    /// <param name="limit">How many, 1 to 20; null for the service's default (8).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Facet values first, then title words.</returns>
    Task<SuggestResult> SuggestAsync(string prefix, int? limit = null, CancellationToken cancellationToken = default);
}
