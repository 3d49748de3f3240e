using System.Net;
using System.Net.Http.Headers;
using NewsSearch.Client.Feeds;
using NewsSearch.Client.Search;

namespace NewsSearch.Client;

public sealed partial class NewsSearchClient
{
    /// <inheritdoc/>
    public async Task<SearchFeed?> GetFeedAsync(SearchQuery query, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var uri = "api/v1/search/feed" + SearchQueryString.Build(query with { Sort = null, Page = null, PageSize = null, Timeline = null });
        var (response, attempts) = await ExecuteAsync(HttpMethod.Get, uri, null, HttpCompletionOption.ResponseContentRead, cancellationToken,
            request =>
            {
                if (!string.IsNullOrEmpty(ifNoneMatch))
                {
                    request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
                }
            });
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync($"GET {uri}", response, attempts, cancellationToken);
            }

            var xml = await response.Content.ReadAsStringAsync(cancellationToken);
            return AtomReader.Read(xml, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, $"GET {uri}");
        }
    }
}
