using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsSearch.Api.Tests;

public class ErrorResponseTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private const string A000 = "000_69931a395751e654";
    private const string A001 = "001_3d349f3940e6cb6b";
    private const string A002 = "002_8701b1438f67845e";
    private const string A003 = "003_cff4dd02faf2c418";
    private const string A004 = "004_5e5fe67579d06bab";

    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("page=0", "page", "The page number starts at 1.")]
    [InlineData("pageSize=0", "pageSize", "The page size must be between 1 and 100.")]
    [InlineData("pageSize=101", "pageSize", "The page size must be between 1 and 100.")]
    [InlineData("page=501&pageSize=20", "page", "Page 501 of 20 goes beyond the first 10,000 results; narrow the search with filters instead.")]
    [InlineData("zone=atlantis", "zone", "Unknown zone 'atlantis'. The valid ids are listed at /api/v1/facets.")]
    [InlineData("country=mars", "country", "Unknown country 'mars'. The valid ids are listed at /api/v1/facets.")]
    [InlineData("sector=piracy", "sector", "Unknown sector 'piracy'. The valid ids are listed at /api/v1/facets.")]
    [InlineData("from=2022-01-01&to=2021-01-01", "from", "The start date 2022-01-01 is after the end date 2021-01-01.")]
    [InlineData("sort=sideways", "sort", "Sort must be relevance, newest or oldest.")]
    [InlineData("sort=7", "sort", "Sort must be relevance, newest or oldest.")]
    public async Task InvalidSearchParametersGetA400NamingTheParameter(string query, string parameter, string message)
    {
        var problem = await Json.Get(_client, "/api/v1/search?" + query, 400);

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(parameter, error.Name);
        Assert.Equal([message], error.Value.EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("from=2021-13-45", "from", "'2021-13-45' is not a date (yyyy-MM-dd).")]
    [InlineData("from=notadate", "from", "'notadate' is not a date (yyyy-MM-dd).")]
    [InlineData("to=yesterday", "to", "'yesterday' is not a date (yyyy-MM-dd).")]
    [InlineData("page=abc", "page", "'abc' is not a whole number up to 2147483647.")]
    [InlineData("page=99999999999", "page", "'99999999999' is not a whole number up to 2147483647.")]
    [InlineData("pageSize=1e3", "pageSize", "'1e3' is not a whole number up to 2147483647.")]
    [InlineData("q=%22&page=1&page=2", "page", "'1,2' is not a whole number up to 2147483647.")]
    [InlineData("pageSize=99999999999999999999", "pageSize", "'99999999999999999999' is not a whole number up to 2147483647.")]
    public async Task UnparseableValuesGetTheSameProblemShapeAsEveryOther400(string query, string parameter, string message)
    {
        var problem = await Json.Get(_client, "/api/v1/search?" + query, 400);

        Assert.Equal("One or more validation errors occurred.", problem.GetProperty("title").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(parameter, error.Name);
        Assert.Equal([message], error.Value.EnumerateArray().Select(m => m.GetString()));
        Assert.DoesNotContain("Nullable", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/search/export?format=csv&from=2021-02-30", "from", "'2021-02-30' is not a date (yyyy-MM-dd).")]
    [InlineData("/api/v1/search/pivot?rows=zone&cols=country&to=x", "to", "'x' is not a date (yyyy-MM-dd).")]
    public async Task UnparseableValuesOnOtherEndpointsGetTheSameShape(string url, string parameter, string message)
    {
        var problem = await Json.Get(_client, url, 400);

        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(parameter, error.Name);
        Assert.Equal([message], error.Value.EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("苏州 OR", "苏州", 5)]
    [InlineData("苏州 AND", "苏州", 5)]
    [InlineData("(新加坡 OR", "新加坡", 2)]
    [InlineData("NOT 新加坡 OR", "NOT 新加坡", 3)]
    public async Task ADanglingOperatorIsDroppedAndTheResponseShowsTheQueryAsRead(string q, string read, int total)
    {
        var response = await Json.Get(_client, "/api/v1/search?q=" + Json.Q(q));

        Assert.Equal(read, response.GetProperty("query").GetString());
        Assert.Equal(total, response.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task QueryOneCharacterOverTheLimitGetsA400()
    {
        await Json.Get(_client, "/api/v1/search?q=" + new string('苏', 256));
        var problem = await Json.Get(_client, "/api/v1/search?q=" + new string('苏', 257), 400);

        Assert.Equal("The query is 257 characters long; the limit is 256.", problem.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Fact]
    public async Task UnknownArticleGetsA404Problem()
    {
        var problem = await Json.Get(_client, "/api/v1/articles/no-such-article", 404);

        Assert.Equal("Article not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnknownRouteGetsA404Problem()
    {
        var problem = await Json.Get(_client, "/api/v2/everything", 404);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    // A query with nothing searchable in it browses all five articles; one whose literal words
    // (near, or, drop, script, ...) are in no article finds none.
    [Theory]
    [InlineData("\"", new[] { A000, A001, A002, A003, A004 })]
    [InlineData("(((", new[] { A000, A001, A002, A003, A004 })]
    [InlineData(")", new[] { A000, A001, A002, A003, A004 })]
    [InlineData("NEAR(苏州 新加坡)", new string[0])]
    [InlineData("*", new[] { A000, A001, A002, A003, A004 })]
    [InlineData("苏州 OR", new[] { A000, A001, A002, A003, A004 })]
    [InlineData("AND OR NOT", new[] { A000, A001, A002, A003, A004 })]
    [InlineData("(新加坡 OR", new[] { A000, A001 })]
    [InlineData("col:x title: source:", new string[0])]
    [InlineData("'; DROP TABLE article; --", new string[0])]
    [InlineData("\u0000\u0001\u001f", new[] { A000, A001, A002, A003, A004 })]
    [InlineData("\u202E新加坡\u200F", new[] { A000, A001 })]
    [InlineData("😀🇸🇬", new[] { A000, A001, A002, A003, A004 })]
    [InlineData("{}[]^~$@#%&=+|\\/<>", new[] { A000, A001, A002, A003, A004 })]
    [InlineData("<script>alert(1)</script>", new string[0])]
    [InlineData("a\"b\"c\"", new string[0])]
    [InlineData("苏州*\"新加坡*", new[] { A000, A001 })]
    public async Task HostileQueriesNeverFail(string query, string[] expected)
    {
        var result = await Json.Get(_client, $"/api/v1/search?q={Json.Q(query)}&pageSize=100");

        Assert.Equal(expected, Json.Ids(result).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, result.GetProperty("total").GetInt32());
    }

    // Malformed UTF-8 stays as its escapes, and a repeated q is read as one joined value: words in no article.
    [Theory]
    [InlineData("q=%FF%FE%80", new string[0])]
    [InlineData("q=%ED%A0%80", new string[0])]
    [InlineData("q=a&q=b&q=c", new string[0])]
    [InlineData("zone=sip&zone=sip&zone=sip", new[] { A001 })]
    public async Task HostileQueryStringsNeverGiveA500(string query, string[] expected)
    {
        var result = await Json.Get(_client, $"/api/v1/search?{query}&pageSize=100");

        Assert.Equal(expected, Json.Ids(result).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, result.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task HundredKilobyteParameterGetsA400NotA500()
    {
        var problem = await Json.Get(_client, "/api/v1/search?q=" + new string('苏', 100_000 / 9), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task EveryResponseCarriesTheSecurityHeaders()
    {
        foreach (var url in new[] { "/api/v1/search?q=x", "/api/v1/articles/none", "/", "/openapi/v1.json" })
        {
            var response = await _client.GetAsync(url);
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task ResponsesAreCompressedWhenTheClientAsks()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?pageSize=5");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await _client.SendAsync(request);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task ReadsAllowTheConfiguredOriginOnly()
    {
        async Task<HttpResponseMessage> From(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?q=x");
            request.Headers.Add("Origin", origin);
            return await _client.SendAsync(request);
        }

        var allowed = await From("https://research.example.org");
        var other = await From("https://evil.example.com");

        Assert.Equal("https://research.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ErrorBodiesNeverCarryAStackTrace()
    {
        using var content = new StringContent("{\"id\": \"x\", \"body\": ", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = content };
        request.Headers.Add("X-Api-Key", NewsSearchApplication.ApiKey);
        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", text, StringComparison.Ordinal);
    }
}
