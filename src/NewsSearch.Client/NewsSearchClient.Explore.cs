using System.Globalization;
using NewsSearch.Client.Articles;
using NewsSearch.Client.Search;
using NewsSearch.Client.Serialization;
using NewsSearch.Client.Suggestions;

namespace NewsSearch.Client;

public sealed partial class NewsSearchClient
{
    /// <inheritdoc/>
    public async Task<RelatedArticles?> GetRelatedAsync(string id, int? limit = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var uri = ArticlePath(id) + "/related" + (limit is { } n ? "?limit=" + n.ToString(CultureInfo.InvariantCulture) : "");
        var answer = await SendAsync(HttpMethod.Get, uri, null, NewsSearchJsonContext.Wire.RelatedArticles, notFoundIsAnswer: true, cancellationToken);
        return answer.Value;
    }

    /// <inheritdoc/>
    public async Task<PivotTable> GetPivotAsync(
        SearchQuery query, PivotDimension rows = PivotDimension.Zone, PivotDimension cols = PivotDimension.Country, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = SearchQueryString.Build(query with { Sort = null, Page = null, PageSize = null });
        var uri = $"api/v1/search/pivot?rows={Axis(rows)}&cols={Axis(cols)}" + (filters.Length > 0 ? "&" + filters[1..] : "");
        var answer = await SendAsync(HttpMethod.Get, uri, null, NewsSearchJsonContext.Wire.PivotTable, notFoundIsAnswer: false, cancellationToken);
        return answer.Value!;
    }

    /// <inheritdoc/>
    public async Task<SuggestResult> SuggestAsync(string prefix, int? limit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var uri = "api/v1/suggest?prefix=" + Uri.EscapeDataString(prefix) + (limit is { } n ? "&limit=" + n.ToString(CultureInfo.InvariantCulture) : "");
        var answer = await SendAsync(HttpMethod.Get, uri, null, NewsSearchJsonContext.Wire.SuggestResult, notFoundIsAnswer: false, cancellationToken);
        return answer.Value!;
    }

    private static string Axis(PivotDimension dimension) => dimension.ToString().ToLowerInvariant();
}
