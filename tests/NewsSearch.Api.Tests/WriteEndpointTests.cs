using System.Net;
using System.Net.Http.Json;

namespace NewsSearch.Api.Tests;

public class WriteEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private readonly HttpClient _reader = app.CreateClient();
    private readonly HttpClient _writer = app.CreateWriter();

    [Fact]
    public async Task PostedArticleIsSearchableAtOnceAndRepostingChangesNothing()
    {
        var article = new { id = "post-1", url = "https://example.org/a/1", title = "太仓港集装箱吞吐量创新高", published = "2023-05-06", source = "苏州日报", body = "太仓港今年集装箱吞吐量创新高,德国企业纷纷加大投资。太仓被誉为德企之乡,德国企业在太仓投资兴业。" };

        var first = await Json.Post(_writer, "/api/v1/articles", article);
        var again = await Json.Post(_writer, "/api/v1/articles", new[] { article });
        var found = await Json.Get(_reader, $"/api/v1/search?q={Json.Q("太仓港")}");

        Assert.Equal(1, first.GetProperty("added").GetInt32());
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.Equal(["post-1"], Json.Ids(found));
        var stored = await Json.Get(_reader, "/api/v1/articles/post-1");
        Assert.Equal("taicang", stored.GetProperty("zones")[0].GetProperty("value").GetString());
        Assert.Equal("germany", stored.GetProperty("countries")[0].GetProperty("value").GetString());
    }

    // Issue #17: a short brief naming its investor once (臺商, Traditional) is tagged with the partner
    // economy, which the facets list under its neutral labels; the 中新社 dateline tags no Singapore.
    [Fact]
    public async Task PostedBriefNamingTaiwaneseInvestorsOnceIsTaggedWithTaiwan()
    {
        var brief = new { id = "post-tw", published = "2024-05-06", body = "中新社蘇州5月6日電 崑山近日舉辦臺商投資說明會，一家臺灣筆記本電腦企業簽約落戶崑山開發區。" };

        await Json.Post(_writer, "/api/v1/articles", brief);
        var stored = await Json.Get(_reader, "/api/v1/articles/post-tw");
        var facets = await Json.Get(_reader, "/api/v1/search?country=taiwan&pageSize=1");
        var taiwan = facets.GetProperty("facets").GetProperty("country").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "taiwan");

        Assert.Equal(["taiwan"], stored.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal(["kunshan", "kunshan-edz"], stored.GetProperty("zones").EnumerateArray().Select(c => c.GetProperty("value").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["electronics"], stored.GetProperty("sectors").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal(("台湾", 1), (taiwan.GetProperty("label").GetString(), taiwan.GetProperty("count").GetInt32()));
        Assert.Equal(["post-tw"], Json.Ids(facets));
    }

    [Fact]
    public async Task ChangedArticleReplacesTheOldText()
    {
        await Json.Post(_writer, "/api/v1/articles", new { id = "post-2", body = "常熟高新区发布新政策。" });
        var changed = await Json.Post(_writer, "/api/v1/articles", new { id = "post-2", body = "张家港保税区发布新政策。" });

        Assert.Equal(1, changed.GetProperty("updated").GetInt32());
        Assert.Empty(Json.Ids(await Json.Get(_reader, $"/api/v1/search?q={Json.Q("常熟高新区")}")));
        Assert.Equal(["post-2"], Json.Ids(await Json.Get(_reader, $"/api/v1/search?q={Json.Q("张家港保税区")}")));
    }

    [Fact]
    public async Task DeletedArticleDisappearsFromSearch()
    {
        await Json.Post(_writer, "/api/v1/articles", new { id = "post-3", body = "吴江区丝绸产业转型升级。" });

        var deleted = await _writer.DeleteAsync("/api/v1/articles/post-3");
        var again = await _writer.DeleteAsync("/api/v1/articles/post-3");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(Json.Ids(await Json.Get(_reader, $"/api/v1/search?q={Json.Q("吴江区丝绸")}")));
        await Json.Get(_reader, "/api/v1/articles/post-3", 404);
    }

    [Fact]
    public async Task BadArticlesInABatchAreSkippedWithReasonsAndTheRestStored()
    {
        var result = await Json.Post(_writer, "/api/v1/articles", new object[]
        {
            new { id = "post-4", body = "昆山开发区电子信息产业集群。" },
            new { id = "post-5", body = "   " },
            new { body = "没有编号也没有网址。" },
            new { id = "../../etc/passwd", body = "路径。" },
            new { id = "post-6", body = "昆山开发区电子信息产业集群。" },
        });

        Assert.Equal(1, result.GetProperty("added").GetInt32());
        var skipped = result.GetProperty("skipped").EnumerateArray().Select(s => (s.GetProperty("index").GetInt32(), s.GetProperty("reason").GetString())).ToList();
        Assert.Equal([1, 2, 3, 4], skipped.Select(s => s.Item1));
        Assert.Contains("no body", skipped[0].Item2, StringComparison.Ordinal);
        Assert.Contains("id or a url", skipped[1].Item2, StringComparison.Ordinal);
        Assert.Contains("duplicate of article post-4", skipped[3].Item2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("test-key-为了测试 ")]
    public async Task WritesWithoutTheRightKeyGet401(string? key)
    {
        var client = app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
        }

        var post = await client.PostAsJsonAsync("/api/v1/articles", new { id = "sneaky", body = "未经授权。" });
        var delete = await client.DeleteAsync("/api/v1/articles/001_3d349f3940e6cb6b");

        var problem = await Json.Read(post, 401);
        await Json.Read(delete, 401);
        Assert.DoesNotContain(NewsSearchApplication.ApiKey, problem.ToString(), StringComparison.Ordinal);
        await Json.Get(_reader, "/api/v1/articles/sneaky", 404);
        await Json.Get(_reader, "/api/v1/articles/001_3d349f3940e6cb6b");
    }

    [Fact]
    public async Task TooManyArticlesInOneRequestGet413()
    {
        var batch = Enumerable.Range(0, 1001).Select(i => new { id = $"bulk-{i}", body = $"第{i}篇。" }).ToArray();

        var problem = await Json.Read(await _writer.PostAsJsonAsync("/api/v1/articles", batch), 413);

        Assert.Contains("1000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodiesOverTheSizeLimitGet413()
    {
        var huge = new { id = "huge", body = new string('大', 9_000_000) };

        await Json.Read(await _writer.PostAsJsonAsync("/api/v1/articles", huge), 413);
    }

    [Fact]
    public async Task APresentButUnreadableDateRefusesTheWholeBatchNamingTheField()
    {
        var refused = await Json.Post(_writer, "/api/v1/articles", new object[]
        {
            new { id = "date-1", published = "2024-06-01", body = "太仓港集装箱吞吐量创新高。" },
            new { id = "date-2", published = "2024-13-01", body = "太仓港口岸开放。" },
            new { id = "date-3", published = (string?)null, body = "太仓港口岸扩大开放。" },
            new { id = "date-4", published = 20240101, body = "太仓港航线增加。" },
        }, 400);

        var errors = refused.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["[1].published"] = "'2024-13-01' is not a date: use yyyy-MM-dd, ISO 8601, 2021-06-07 16:05:02 or 2022年11月6日.",
            ["[3].published"] = "The date must be a string, not a JSON number.",
        }, errors);
        await Json.Get(_reader, "/api/v1/articles/date-1", 404);

        var single = await Json.Post(_writer, "/api/v1/articles", new { id = "date-5", published = "yesterday", body = "太仓港新闻。" }, 400);
        Assert.Equal(["published"], single.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("[1, 2]")]
    [InlineData("not json")]
    public async Task MalformedBodiesGet400(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        await Json.Read(await _writer.PostAsync("/api/v1/articles", content), 400);
    }
}

public sealed class RateLimitTests : IDisposable
{
    private readonly NewsSearchApplication _app = new() { WritesPerMinute = 2 };

    [Fact]
    public async Task WritesBeyondTheLimitGet429WithRetryAfter()
    {
        var writer = _app.CreateWriter();
        for (var i = 0; i < 2; i++)
        {
            await Json.Post(writer, "/api/v1/articles", new { id = $"rl-{i}", body = $"第{i}篇限流测试。" });
        }

        var response = await writer.PostAsJsonAsync("/api/v1/articles", new { id = "rl-2", body = "第三篇。" });

        var problem = await Json.Read(response, 429);
        // The limit's window is a minute; what is left of it depends on when the test ran.
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        await Json.Get(_app.CreateClient(), "/api/v1/search?q=x");
    }

    public void Dispose() => _app.Dispose();
}

public class ContentHashTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    [Fact]
    public async Task ContentHashesListOnlyHeldArticlesAndChangeWithTheContent()
    {
        var writer = app.CreateWriter();
        var reader = app.CreateClient();
        await Json.Post(writer, "/api/v1/articles", new { id = "hash-1", body = "常熟服装城转型升级。" });

        var before = await Json.Post(reader, "/api/v1/articles/content-hashes", new[] { "hash-1", "001_3d349f3940e6cb6b", "nope" });
        await Json.Post(writer, "/api/v1/articles", new { id = "hash-1", body = "常熟服装城转型升级,电商销售增长。" });
        var after = await Json.Post(reader, "/api/v1/articles/content-hashes", new[] { "hash-1" });

        var hashes = before.GetProperty("hashes");
        Assert.Equal(["001_3d349f3940e6cb6b", "hash-1"], hashes.EnumerateObject().Select(p => p.Name).Order());
        Assert.Matches("^[0-9a-f]{32}$", hashes.GetProperty("hash-1").GetString());
        Assert.NotEqual(hashes.GetProperty("hash-1").GetString(), after.GetProperty("hashes").GetProperty("hash-1").GetString());
        var refused = await Json.Post(reader, "/api/v1/articles/content-hashes", new { ids = "not an array" }, 400);
        Assert.Equal(["Send a JSON array of article ids (strings); the body is not one (at $)."],
            refused.GetProperty("errors").GetProperty("body").EnumerateArray().Select(m => m.GetString()));
    }
}
