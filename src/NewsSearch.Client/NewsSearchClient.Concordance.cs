using System.Globalization;
using NewsSearch.Client.Concordance;
using NewsSearch.Client.Search;
using NewsSearch.Client.Serialization;

namespace NewsSearch.Client;

public sealed partial class NewsSearchClient
{
    /// <inheritdoc/>
    public async Task<ConcordancePage> GetConcordanceAsync(SearchQuery query, ConcordanceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var uri = ConcordanceUri(query, options ?? new ConcordanceOptions(), format: null);
        var answer = await SendAsync(HttpMethod.Get, uri, null, NewsSearchJsonContext.Wire.ConcordancePage, notFoundIsAnswer: false, cancellationToken);
        return answer.Value!;
    }

    /// <inheritdoc/>
    public async Task<Stream> ExportConcordanceAsync(
        SearchQuery query, ExportFormat format = ExportFormat.Csv, ConcordanceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var uri = ConcordanceUri(query, (options ?? new ConcordanceOptions()) with { Page = null, PageSize = null }, format);
        var (response, attempts) = await ExecuteAsync(HttpMethod.Get, uri, null, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await FailureAsync($"GET {uri}", response, attempts, cancellationToken);
            }
        }

        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    private static string ConcordanceUri(SearchQuery query, ConcordanceOptions options, ExportFormat? format)
    {
        var filters = SearchQueryString.Build(query with { Sort = null, Page = null, PageSize = null, Timeline = null });
        var parts = new List<string>();
        if (filters.Length > 0)
        {
            parts.Add(filters[1..]);
        }

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + value);
            }
        }

        Add("sort", options.Sort?.ToString().ToLowerInvariant());
        Add("width", options.Width?.ToString(CultureInfo.InvariantCulture));
        Add("page", options.Page?.ToString(CultureInfo.InvariantCulture));
        Add("pageSize", options.PageSize?.ToString(CultureInfo.InvariantCulture));
        Add("format", format switch { ExportFormat.Csv => "csv", ExportFormat.JsonLines => "jsonl", _ => null });
        return "api/v1/search/concordance" + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }
}
