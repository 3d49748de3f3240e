using NewsSearch.Client.Search;

namespace NewsSearch.Client;

public sealed partial class NewsSearchClient
{
    /// <inheritdoc/>
    public async Task<Stream> ExportAsync(SearchQuery query, ExportFormat format = ExportFormat.Csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var uri = "api/v1/search/export" + SearchQueryString.Build(query, format);

        // Headers only: an export can be far larger than any buffer, so the caller reads the body as it arrives.
        var (response, attempts) = await ExecuteAsync(HttpMethod.Get, uri, null, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await FailureAsync($"GET {uri}", response, attempts, cancellationToken);
            }
        }

        // As HttpClient.GetStreamAsync does: disposing the content stream releases the connection.
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }
}
