using System.Globalization;
using NewsSearch.Core.Search;

namespace NewsSearch.Bench;

/// <summary>
/// The query mix file: one query per line in the NewsSearch language, optionally a tab and filters
/// as a query string (<c>zone=sip&amp;from=2020-01-01&amp;sort=newest</c>); <c>*</c> browses; lines
/// starting with <c>#</c> are comments. Shared with the engine parity test.
/// </summary>
internal static class QueryMix
{
    public static List<(string Line, SearchRequest Request)> Read(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => (l.Replace('\t', ' '), Parse(l))).ToList();

    public static SearchRequest Parse(string line)
    {
        var parts = line.Split('\t', 2);
        var filters = parts.Length > 1 ? System.Web.HttpUtility.ParseQueryString(parts[1]) : new System.Collections.Specialized.NameValueCollection();
        string[] Values(string key) => filters.GetValues(key) ?? [];
        DateOnly? Date(string key) => filters[key] is { } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : null;
        return new SearchRequest
        {
            Query = parts[0] == "*" ? null : parts[0],
            Zones = Values("zone"),
            Countries = Values("country"),
            Sectors = Values("sector"),
            Sources = Values("source"),
            From = Date("from"),
            To = Date("to"),
            Sort = Enum.TryParse<SearchSort>(filters["sort"], true, out var sort) ? sort : SearchSort.Relevance,
        };
    }
}
