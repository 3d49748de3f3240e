namespace NewsSearch.Api.Feeds;

/// <summary>The addresses a feed names: itself, the web page of its search and each article's page.</summary>
/// <param name="BaseUrl">The service's address as the client reached it, ending in '/'.</param>
/// <param name="CanonicalQuery">The feed's parameters in a fixed order, percent-encoded, without '?' (empty for every article).</param>
public sealed record FeedLinks(string BaseUrl, string CanonicalQuery)
{
    /// <summary>The feed's own address.</summary>
    public string Self => BaseUrl + "api/v1/search/feed" + (CanonicalQuery.Length > 0 ? "?" + CanonicalQuery : "");

    /// <summary>The web page showing the same search newest first.</summary>
    public string SearchPage => BaseUrl + "?" + (CanonicalQuery.Length > 0 ? CanonicalQuery + "&" : "") + "sort=newest";

    /// <summary>The web page of one article.</summary>
    public string ArticlePage(string id) => BaseUrl + "?article=" + Uri.EscapeDataString(id);

    /// <summary>The links of a request to the feed with these parameters.</summary>
    public static FeedLinks For(HttpRequest request, FeedParameters parameters)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("q", parameters.Q);
        foreach (var (name, values) in new[] { ("zone", parameters.Zone), ("country", parameters.Country), ("sector", parameters.Sector), ("source", parameters.Source) })
        {
            foreach (var value in (values ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                Add(name, value);
            }
        }

        Add("from", parameters.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", parameters.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (bool.TryParse(parameters.Collapse, out var collapse) && !collapse)
        {
            Add("collapse", "false");
        }

        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/";
        return new FeedLinks(baseUrl, string.Join('&', query));
    }
}
