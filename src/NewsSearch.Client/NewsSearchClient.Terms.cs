using System.Globalization;
using NewsSearch.Client.Search;
using NewsSearch.Client.Serialization;
using NewsSearch.Client.Terms;

namespace NewsSearch.Client;

public sealed partial class NewsSearchClient
{
    /// <inheritdoc/>
    public async Task<SignificantTerms> GetSignificantTermsAsync(SearchQuery query, int? limit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = SearchQueryString.Build(query with { Sort = null, Page = null, PageSize = null, Timeline = null });
        var uri = "api/v1/search/terms" + filters
            + (limit is { } n ? (filters.Length > 0 ? "&" : "?") + "limit=" + n.ToString(CultureInfo.InvariantCulture) : "");
        var answer = await SendAsync(HttpMethod.Get, uri, null, NewsSearchJsonContext.Wire.SignificantTerms, notFoundIsAnswer: false, cancellationToken);
        return answer.Value!;
    }
}
