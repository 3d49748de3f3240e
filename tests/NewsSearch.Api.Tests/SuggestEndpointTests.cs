using System.Net;

namespace NewsSearch.Api.Tests;

public class SuggestEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("苏州", 3, "苏州高新区/zone/snd/2|苏州市相城区/zone/xiangcheng/2|苏州相城经济技术开发区/zone/xiangcheng-edz/2")]
    [InlineData("蘇州", 8, "蘇州高新區/zone/snd/2|蘇州市相城區/zone/xiangcheng/2|蘇州相城經濟技術開發區/zone/xiangcheng-edz/2|蘇州工業園區/zone/sip/1|蘇州(相城)中日智能製造協同創新區/zone/xiangcheng-sino-japan/1|蘇州/word//3")]
    [InlineData("Sing", 8, "Singapore/country/singapore/1")]
    [InlineData("日", 8, "日本/country/japan/3")]
    [InlineData("相", 8, "相城区/zone/xiangcheng/2|相城经济技术开发区/zone/xiangcheng-edz/2")] // never the single character 相 as a word
    public async Task SuggestionsAreExactlyTheExpectedCompletions(string prefix, int limit, string expected)
    {
        var result = await Json.Get(_client, $"/api/v1/suggest?prefix={Json.Q(prefix)}&limit={limit}");

        Assert.Equal(prefix, result.GetProperty("prefix").GetString());
        var shown = result.GetProperty("suggestions").EnumerateArray().Select(s =>
            $"{s.GetProperty("text").GetString()}/{s.GetProperty("kind").GetString()}/{s.GetProperty("value").GetString()}/{s.GetProperty("count").GetInt32()}");
        Assert.Equal(expected.Split('|'), shown);
    }

    [Theory]
    [InlineData("prefix=", "prefix")]
    [InlineData("", "prefix")]
    [InlineData("prefix=%20%20", "prefix")]
    [InlineData("prefix=a&limit=0", "limit")]
    [InlineData("prefix=a&limit=21", "limit")]
    public async Task BadSuggestRequestsGetA400NamingTheParameter(string query, string parameter)
    {
        var problem = await Json.Get(_client, "/api/v1/suggest?" + query, 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task AnOverlongPrefixGetsA400NamingIt()
    {
        await Json.Get(_client, "/api/v1/suggest?prefix=" + new string('苏', 64));
        var problem = await Json.Get(_client, "/api/v1/suggest?prefix=" + new string('苏', 10_000), 400);

        Assert.Equal("The prefix is 10000 characters long; the limit is 64.", problem.GetProperty("errors").GetProperty("prefix")[0].GetString());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("苏州\" OR \"")]
    [InlineData("title_words:苏")]
    [InlineData("{body_words} : 苏*")]
    [InlineData("NEAR(苏 州)")]
    [InlineData("'; DROP TABLE article; --")]
    [InlineData("苏\0州")]
    [InlineData("\0")]
    [InlineData("%")]
    [InlineData("\uD800")]
    [InlineData("\U0010FFFF")]
    [InlineData("*")]
    public async Task HostilePrefixesNeverGiveA500(string prefix)
    {
        var response = await _client.GetAsync("/api/v1/suggest?prefix=" + Uri.EscapeDataString(prefix));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
    }

    [Fact]
    public async Task NewReadEndpointsAllowTheConfiguredOrigin()
    {
        foreach (var path in new[] { "/api/v1/suggest?prefix=x", "/api/v1/search/pivot", "/api/v1/articles/000_69931a395751e654/related" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Origin", "https://research.example.org");
            var response = await _client.SendAsync(request);

            Assert.Equal("https://research.example.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        }
    }
}
