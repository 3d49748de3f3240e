using System.Net.Http.Json;
using System.Text.Json;

namespace NewsSearch.Api.Tests;

/// <summary>Reads responses as JSON documents, asserting the status and content type first.</summary>
internal static class Json
{
    public static async Task<JsonElement> Get(HttpClient client, string url, int status = 200)
    {
        var response = await client.GetAsync(url);
        return await Read(response, status);
    }

    public static async Task<JsonElement> Read(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        var type = response.Content.Headers.ContentType?.MediaType;
        Assert.Equal(status < 400 ? "application/json" : "application/problem+json", type);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> Post(HttpClient client, string url, object body, int status = 200) =>
        await Read(await client.PostAsJsonAsync(url, body), status);

    public static string[] Ids(JsonElement search) =>
        search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToArray();

    public static string Q(string query) => Uri.EscapeDataString(query);
}
