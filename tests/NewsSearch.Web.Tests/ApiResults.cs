using System.Text.Json;

namespace NewsSearch.Web.Tests;

/// <summary>Asks the API directly, so the tests compare the page with what the API says.</summary>
public static class ApiResults
{
    public static async Task<JsonElement> SearchAsync(this HttpClient http, string queryString)
    {
        using var response = await http.GetAsync("api/v1/search?" + queryString);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> ArticleAsync(this HttpClient http, string id, string q)
    {
        using var response = await http.GetAsync($"api/v1/articles/{Uri.EscapeDataString(id)}?q={Uri.EscapeDataString(q)}");
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>
    /// The API binds sort case-sensitively to SearchSort's names (Newest), not the documented
    /// lowercase values (newest get a 400); the page sends the names, and so do the tests.
    /// </summary>
    public static string Sort(string sort) => char.ToUpperInvariant(sort[0]) + sort[1..];

    public static int Total(this JsonElement search) => search.GetProperty("total").GetInt32();

    public static string[] HitIds(this JsonElement search) =>
        [.. search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    /// <summary>value → count for one facet dimension (zone, country, sector, year).</summary>
    public static Dictionary<string, int> FacetCounts(this JsonElement search, string dimension) =>
        search.GetProperty("facets").GetProperty(dimension).EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
}
