using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Api.Tests;

public class ContractTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task OpenApiDocumentDescribesEveryEndpointWithExamples()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/v1/search", out var search));
        Assert.True(paths.GetProperty("/api/v1/articles/{id}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/articles/{id}").TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty("/api/v1/articles").TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/v1/facets", out _));
        var parameters = search.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["q", "zone", "country", "sector", "source", "from", "to", "sort", "collapse", "page", "pageSize", "timeline"], parameters);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("SearchResponse").TryGetProperty("examples", out _));
        Assert.True(schemas.GetProperty("SearchHit").GetProperty("properties").TryGetProperty("snippet", out _));
    }

    [Fact]
    public async Task DocsPageIsServed()
    {
        var response = await _client.GetAsync("/docs/index.html");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HealthSaysAliveAndReady()
    {
        var alive = await Json.Get(_client, "/health");
        var ready = await Json.Get(_client, "/health/ready");

        Assert.Equal("Healthy", alive.GetProperty("status").GetString());
        Assert.Equal("5 articles", ready.GetProperty("checks").GetProperty("index").GetProperty("description").GetString());
    }

    [Fact]
    public async Task ReadyHealthNamesTheEngineThatAnswersAndWhereItKeepsTheIndex()
    {
        var ready = await Json.Get(_client, "/health/ready");

        var index = ready.GetProperty("index");
        Assert.Equal(app.Engine, index.GetProperty("engine").GetString());
        Assert.Equal(app.IndexLocation, index.GetProperty("location").GetString());
    }

    [Fact]
    public async Task FacetsListEveryTaxonomyValueWithBothLabels()
    {
        var facets = await Json.Get(_client, "/api/v1/facets");

        var sip = facets.GetProperty("zone").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "sip");
        Assert.Equal("苏州工业园区", sip.GetProperty("label").GetString());
        Assert.Equal("Suzhou Industrial Park", sip.GetProperty("labelEn").GetString());
        Assert.Equal(1, sip.GetProperty("count").GetInt32());
        Assert.Contains(facets.GetProperty("country").EnumerateArray(), v => v.GetProperty("value").GetString() == "germany" && v.GetProperty("count").GetInt32() == 0);
        foreach (var dimension in Enum.GetValues<FacetDimension>())
        {
            Assert.Equal(
                FacetVocabulary.Default.Values(dimension).Select(v => v.Id).Order(StringComparer.Ordinal),
                facets.GetProperty(FacetVocabulary.DimensionName(dimension)).EnumerateArray().Select(v => v.GetProperty("value").GetString()).Order(StringComparer.Ordinal));
        }
    }

    // What is marked, and only that: a title: term in the title alone, a source: term nowhere, a run as a whole.
    [Theory]
    [InlineData("000_69931a395751e654", "title:相城", "相城", "")]
    [InlineData("003_cff4dd02faf2c418", "source:国际商报", "", "")]
    [InlineData("001_3d349f3940e6cb6b", "苏州工业园区", "", "蘇州工業園區")]
    [InlineData("000_69931a395751e654", "相城 -新加坡", "相城", "相城")]
    public async Task HighlightsMarkWhatMatchedInTheFieldsWhereItMatched(string id, string q, string title, string body)
    {
        var highlighted = (await Json.Get(_client, $"/api/v1/articles/{id}?q={Json.Q(q)}")).GetProperty("highlighted");

        Assert.Equal(title, string.Join("|", Marked(highlighted.GetProperty("title").GetString()!)));
        Assert.Equal(body, string.Join("|", Marked(highlighted.GetProperty("body").GetString()!)));
    }

    private static IEnumerable<string> Marked(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<mark>(.*?)</mark>").Select(m => m.Groups[1].Value).Distinct();

    [Fact]
    public async Task ArticleWithAQueryComesBackHighlightedInItsOwnScript()
    {
        var article = await Json.Get(_client, $"/api/v1/articles/001_3d349f3940e6cb6b?q={Json.Q("苏州工业园区")}");

        Assert.Equal("吳婧茸", article.GetProperty("author").GetString());
        Assert.Equal("2022-11-06", article.GetProperty("published").GetString());
        Assert.Contains("<mark>蘇州工業園區</mark>", article.GetProperty("highlighted").GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("singapore", article.GetProperty("countries")[0].GetProperty("value").GetString());
        Assert.Equal(52, article.GetProperty("countries")[0].GetProperty("mentions").GetInt32());
    }
}
