using NewsSearch.Client.Search;
using NewsSearch.Client.Serialization;
using NewsSearch.Client.Trends;

namespace NewsSearch.Client;

public sealed partial class NewsSearchClient
{
    /// <inheritdoc/>
    public async Task<TrendComparison> GetTrendsAsync(
        IReadOnlyList<string> queries, SearchQuery? filters = null, TrendInterval interval = TrendInterval.Month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var shared = SearchQueryString.Build((filters ?? new SearchQuery()) with { Text = null, Sort = null, Page = null, PageSize = null, Timeline = null });
        var uri = "api/v1/trends?" + string.Join('&', queries.Select(q => "q=" + Uri.EscapeDataString(q)))
            + "&interval=" + interval.ToString().ToLowerInvariant() + (shared.Length > 0 ? "&" + shared[1..] : "");
        var answer = await SendAsync(HttpMethod.Get, uri, null, NewsSearchJsonContext.Wire.TrendComparison, notFoundIsAnswer: false, cancellationToken);
        return answer.Value!;
    }
}
