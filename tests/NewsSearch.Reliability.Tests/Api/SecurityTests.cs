using System.Net;
using System.Text;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>Writes need the key, ids cannot reach the file system, the key never leaks, and every response carries the security headers.</summary>
public sealed class SecurityTests(ReliabilityApplication app) : IClassFixture<ReliabilityApplication>
{
    private const string Article = """{"id":"sec-1","title":"安全","body":"苏州工业园区与新加坡合作。"}""";

    public static TheoryData<string> TraversalIds { get; } =
    [
        "..%2F..%2Fetc%2Fpasswd",
        "..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "..%5C..%5Cwindows%5Cwin.ini",
        "%252E%252E%252Fetc%252Fpasswd",
        "....%2F%2F....%2F%2Fetc%2Fpasswd",
        "%C0%AE%C0%AE%2Fetc%2Fpasswd",
        "segments_1",
        "..%2Findex%2Fsegments_1",
        "write.lock",
    ];

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("rel-key-Q7wZp3xK")]
    [InlineData("rel-key-Q7wZp3xK-可靠性 ")]
    public async Task WritesWithoutTheRightKeyAreRefused(string? key)
    {
        using var client = app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(key)));
        }

        using var post = await client.PostAsync("/api/v1/articles", new StringContent(Article, Encoding.UTF8, "application/json"));
        using var delete = await client.DeleteAsync("/api/v1/articles/000_69931a395751e654");

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, delete.StatusCode);
        await ResponseRules.AssertWellFormed(post, "post");
        await ResponseRules.AssertWellFormed(delete, "delete");
        using var stillThere = await client.GetAsync("/api/v1/articles/000_69931a395751e654");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TraversalIds))]
    public async Task PathTraversalIdsAreNotFoundAndServeNoFile(string id)
    {
        using var writer = app.CreateWriter();
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Delete })
        {
            using var response = await writer.SendAsync(new HttpRequestMessage(method, "/api/v1/articles/" + id));
            var body = await ResponseRules.AssertWellFormed(response, $"{method} {id}");
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{response.StatusCode} for {method} {id}");
            Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
            // Every Lucene index file starts with the codec header's magic 0x3FD76C17.
            Assert.DoesNotContain("\u003F\u00D7l\u0017", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheKeyNeverAppearsInResponsesOrLogs()
    {
        using var writer = app.CreateWriter();
        using var wrong = app.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");
        var bodies = new List<string>();
        foreach (var client in new[] { writer, wrong })
        {
            foreach (var request in new Func<Task<HttpResponseMessage>>[]
            {
                () => client.PostAsync("/api/v1/articles", new StringContent(Article, Encoding.UTF8, "application/json")),
                () => client.PostAsync("/api/v1/articles", new StringContent("{not json", Encoding.UTF8, "application/json")),
                () => client.PostAsync("/api/v1/articles", new StringContent("""[{"id":"../x"}]""", Encoding.UTF8, "application/json")),
                () => client.DeleteAsync("/api/v1/articles/no-such-article"),
                () => client.GetAsync("/api/v1/search?q=%E5%90%88%E4%BD%9C&pageSize=abc"),
                () => client.GetAsync("/api/v1/search?q=" + new string('x', 300)),
                () => client.GetAsync("/openapi/v1.json"),
                () => client.GetAsync("/health/ready"),
                () => client.GetAsync("/api/v1/nowhere"),
            })
            {
                using var response = await request();
                bodies.Add(await response.Content.ReadAsStringAsync());
                bodies.Add(response.Headers.ToString() + response.Content.Headers);
            }
        }

        Assert.All(bodies, body => Assert.DoesNotContain(ReliabilityApplication.ApiKey, body, StringComparison.Ordinal));
        Assert.NotEmpty(app.Logs.Messages);
        Assert.All(app.Logs.Messages, message => Assert.DoesNotContain(ReliabilityApplication.ApiKey, message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/index.html")]
    [InlineData("GET", "/api/v1/search?q=%E8%8B%8F%E5%B7%9E")]
    [InlineData("GET", "/api/v1/search?pageSize=0")]
    [InlineData("GET", "/api/v1/articles/no-such-article")]
    [InlineData("GET", "/api/v1/nowhere")]
    [InlineData("POST", "/api/v1/articles")]
    [InlineData("PUT", "/api/v1/search")]
    [InlineData("GET", "/health")]
    [InlineData("GET", "/docs")]
    public Task EveryResponseCarriesTheSecurityHeaders(string method, string url) => AssertSecurityHeaders(method, url);

    // UseExceptionHandler clears the response headers before writing the problem, and
    // SecurityHeaders sets them before calling next rather than in OnStarting, so every
    // exception-driven response (binding failures such as page=abc, and any 500) goes out without them.
    [Fact]
    public async Task ErrorsRaisedAsExceptionsCarryTheSecurityHeaders()
    {
        await AssertSecurityHeaders("GET", "/api/v1/search?page=abc");
        await AssertSecurityHeaders("GET", "/api/v1/search?from=yesterday");
    }

    private async Task AssertSecurityHeaders(string method, string url)
    {
        using var client = app.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        });

        var csp = string.Join(' ', response.Headers.TryGetValues("Content-Security-Policy", out var values) ? values : []);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
    }
}
