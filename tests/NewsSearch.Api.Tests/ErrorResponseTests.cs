using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsSearch.Api.Tests;

public class ErrorResponseTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=501&pageSize=20", "page")]
    [InlineData("zone=atlantis", "zone")]
    [InlineData("country=mars", "country")]
    [InlineData("sector=piracy", "sector")]
    [InlineData("from=2022-01-01&to=2021-01-01", "from")]
    [InlineData("sort=sideways", "sort")]
    [InlineData("sort=7", "sort")]
    public async Task InvalidSearchParametersGetA400NamingTheParameter(string query, string parameter)
    {
        var problem = await Json.Get(_client, "/api/v1/search?" + query, 400);

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray().First().GetString()!);
    }

    [Theory]
    [InlineData("from=2021-13-45", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("page=abc", "Page")]
    [InlineData("pageSize=1e3", "PageSize")]
    public async Task UnparseableValuesGetA400NamingTheParameter(string query, string parameter)
    {
        var problem = await Json.Get(_client, "/api/v1/search?" + query, 400);

        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
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

    [Theory]
    [InlineData("\"")]
    [InlineData("(((")]
    [InlineData(")")]
    [InlineData("NEAR(苏州 新加坡)")]
    [InlineData("*")]
    [InlineData("苏州 OR")]
    [InlineData("AND OR NOT")]
    [InlineData("col:x title: source:")]
    [InlineData("'; DROP TABLE article; --")]
    [InlineData("\u0000\u0001\u001f")]
    [InlineData("\u202E新加坡\u200F")]
    [InlineData("😀🇸🇬")]
    [InlineData("{}[]^~$@#%&=+|\\/<>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("a\"b\"c\"")]
    [InlineData("苏州*\"新加坡*")]
    public async Task HostileQueriesNeverFail(string query)
    {
        var response = await _client.GetAsync("/api/v1/search?q=" + Json.Q(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.GetProperty("total").GetInt32() >= 0);
    }

    [Theory]
    [InlineData("q=%FF%FE%80")]
    [InlineData("q=%ED%A0%80")]
    [InlineData("q=a&q=b&q=c")]
    [InlineData("zone=sip&zone=sip&zone=sip")]
    [InlineData("q=%22&page=1&page=2")]
    [InlineData("pageSize=99999999999999999999")]
    public async Task HostileQueryStringsNeverGiveA500(string query)
    {
        var response = await _client.GetAsync("/api/v1/search?" + query);

        Assert.True((int)response.StatusCode is 200 or 400, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var _ = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
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
