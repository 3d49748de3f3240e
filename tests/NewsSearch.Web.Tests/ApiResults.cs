using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsSearch.Web.Tests;

/// <summary>
/// Asks the API directly, so the tests compare the page with what the API says; and writes the
/// articles a test adds to the shared service and removes again, failing at once when either does
/// not happen, since the other tests expect the five corpus articles alone.
/// </summary>
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

    /// <summary>Adds articles new to the index; fails unless every one of them was added.</summary>
    public static async Task AddArticlesAsync(this HttpClient http, params object[] articles)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/articles") { Content = JsonContent.Create(articles) };
        request.Headers.Add("X-Api-Key", WebAppFixture.ApiKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"adding {articles.Length} articles: {(int)response.StatusCode} {body}");
        using var result = JsonDocument.Parse(body);
        Assert.True(result.RootElement.GetProperty("added").GetInt32() == articles.Length, $"adding {articles.Length} articles: {body}");
    }

    /// <summary>Deletes an article a test added; fails unless it was there and is gone.</summary>
    public static async Task DeleteArticleAsync(this HttpClient http, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"api/v1/articles/{Uri.EscapeDataString(id)}");
        request.Headers.Add("X-Api-Key", WebAppFixture.ApiKey);
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent,
            $"deleting {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}; the tests that follow would see it");
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
