namespace NewsSearch.Api.Tests;

public class ExploreContractTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task OpenApiDocumentDescribesRelatedPivotAndSuggestWithExamples()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.Equal(["id", "limit"], Parameters(paths, "/api/v1/articles/{id}/related"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["rows", "cols", "q", "zone", "country", "sector", "source", "from", "to", "collapse"], Parameters(paths, "/api/v1/search/pivot"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["prefix", "limit"], Parameters(paths, "/api/v1/suggest"), StringComparer.OrdinalIgnoreCase);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var schema in new[] { "RelatedResponse", "PivotTable", "SuggestResponse" })
        {
            Assert.True(schemas.GetProperty(schema).TryGetProperty("examples", out _), schema);
        }
    }

    private static string[] Parameters(System.Text.Json.JsonElement paths, string path) =>
        [.. paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];
}
