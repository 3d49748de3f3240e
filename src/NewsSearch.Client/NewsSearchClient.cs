using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsSearch.Client.Articles;
using NewsSearch.Client.Facets;
using NewsSearch.Client.Search;
using NewsSearch.Client.Serialization;
using Polly;

namespace NewsSearch.Client;

/// <summary>
/// The typed client over <see cref="HttpClient"/>. Each attempt builds a fresh request inside the
/// resilience pipeline (a request message cannot be sent twice) and reads the whole answer, so the
/// attempt timeout covers the body and a connection dropped mid-answer is retried.
/// </summary>
public sealed partial class NewsSearchClient : INewsSearchClient
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly TimeProvider _time;
    private readonly string? _apiKey;

    /// <summary>Creates a client; normally resolved as <see cref="INewsSearchClient"/> after <c>AddNewsSearchClient</c>.</summary>
    /// <param name="http">An HttpClient whose <see cref="HttpClient.BaseAddress"/> is the service (its own timeout is not used).</param>
    /// <param name="pipeline">The resilience pipeline, shared by all clients so the circuit breaker sees every call.</param>
    /// <param name="options">The settings; <see cref="NewsSearchClientOptions.ApiKey"/> is sent with writes.</param>
    /// <param name="time">The clock, for Retry-After dates.</param>
    public NewsSearchClient(HttpClient http, ResiliencePipeline<HttpResponseMessage> pipeline, IOptions<NewsSearchClientOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _pipeline = pipeline;
        _time = time;
        _apiKey = options.Value.ApiKey;
    }

    /// <inheritdoc/>
    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var uri = "api/v1/search" + SearchQueryString.Build(query);
        var answer = await SendAsync(HttpMethod.Get, uri, null, NewsSearchJsonContext.Wire.SearchResults, notFoundIsAnswer: false, cancellationToken);
        return answer.Value!;
    }

    /// <inheritdoc/>
    public async Task<Article?> GetArticleAsync(string id, string? highlight = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var uri = ArticlePath(id) + (string.IsNullOrEmpty(highlight) ? "" : "?q=" + Uri.EscapeDataString(highlight));
        var answer = await SendAsync(HttpMethod.Get, uri, null, NewsSearchJsonContext.Wire.Article, notFoundIsAnswer: true, cancellationToken);
        return answer.Value;
    }

    /// <inheritdoc/>
    public async Task<ArticleVersions?> GetVersionsAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var answer = await SendAsync(HttpMethod.Get, ArticlePath(id) + "/versions", null, NewsSearchJsonContext.Wire.ArticleVersions, notFoundIsAnswer: true, cancellationToken);
        return answer.Value;
    }

    /// <inheritdoc/>
    public async Task<FacetCatalog> GetFacetsAsync(CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync(HttpMethod.Get, "api/v1/facets", null, NewsSearchJsonContext.Wire.FacetCatalog, notFoundIsAnswer: false, cancellationToken);
        return answer.Value!;
    }

    /// <inheritdoc/>
    public async Task<UpsertResult> UpsertArticlesAsync(IEnumerable<ArticleInput> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        IReadOnlyList<ArticleInput> batch = [.. articles];
        if (batch.Count == 0)
        {
            throw new ArgumentException("Send at least one article.", nameof(articles));
        }

        // Serialised once; every attempt sends the same bytes in a new request.
        var body = JsonSerializer.SerializeToUtf8Bytes(batch, NewsSearchJsonContext.Wire.IReadOnlyListArticleInput);
        var answer = await SendAsync(HttpMethod.Post, "api/v1/articles", body, NewsSearchJsonContext.Wire.UpsertResult, notFoundIsAnswer: false, cancellationToken);
        return answer.Value!;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        IReadOnlyList<string> list = [.. ids];
        var body = JsonSerializer.SerializeToUtf8Bytes(list, NewsSearchJsonContext.Wire.IReadOnlyListString);
        var answer = await SendAsync(HttpMethod.Post, "api/v1/articles/content-hashes", body, NewsSearchJsonContext.Wire.ContentHashes, notFoundIsAnswer: false, cancellationToken);
        return answer.Value!.Hashes;
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var answer = await SendAsync<object>(HttpMethod.Delete, ArticlePath(id), null, null, notFoundIsAnswer: true, cancellationToken);
        return answer.Found;
    }

    private static string ArticlePath(string id) => "api/v1/articles/" + Uri.EscapeDataString(id);
}
