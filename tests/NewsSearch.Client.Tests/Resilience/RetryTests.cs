using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Client.Tests.Resilience;

public sealed class RetryTests
{
    [Fact]
    public async Task ServiceUnavailableTwiceIsRetriedUntilItAnswers()
    {
        await using var server = await FakeServer.StartAsync((context, n) =>
            n <= 2 ? FakeServer.Respond(context, 503) : FakeServer.Respond(context, 200, TestClients.FacetsJson));
        var (client, services) = TestClients.Create(server.BaseAddress, o => o.Retry.MaxRetryAttempts = 3);
        await using var _ = services;

        var facets = await client.GetFacetsAsync();

        Assert.Equal("sip", Assert.Single(facets.Zone).Value);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task PersistentServerErrorGivesUpAfterTheConfiguredAttempts()
    {
        await using var server = await FakeServer.StartAsync((context, _) =>
            FakeServer.Respond(context, 503, """{"title":"Service Unavailable","status":503,"detail":"warming up"}""", "application/problem+json"));
        var (client, services) = TestClients.Create(server.BaseAddress, o => o.Retry.MaxRetryAttempts = 3);
        await using var _ = services;

        var error = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetFacetsAsync());

        Assert.Equal(4, server.Requests);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(503, (int)error.StatusCode);
        Assert.Equal("GET api/v1/facets failed with 503 ServiceUnavailable after 4 attempts: Service Unavailable - warming up", error.Message["NewsSearch ".Length..]);
    }

    [Fact]
    public async Task WritesAreRetriedToo()
    {
        await using var server = await FakeServer.StartAsync((context, n) => n == 1
            ? FakeServer.Respond(context, 502)
            : FakeServer.Respond(context, 200, """{"added":1,"updated":0,"unchanged":0,"skipped":[]}"""));
        var (client, services) = TestClients.Create(server.BaseAddress);
        await using var _ = services;

        var result = await client.UpsertArticlesAsync([new NewsSearch.Client.Articles.ArticleInput("a1", null, "标题", null, null, null, "正文")]);

        Assert.Equal(1, result.Added);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task TooManyRequestsWaitsForRetryAfterSeconds()
    {
        // The wait runs on a clock the test advances: the client must ask it for exactly the second the
        // service asked for, and send again only once that second has passed, however loaded the machine.
        var clock = new TestClock();
        var seen = new ConcurrentQueue<DateTimeOffset>();
        await using var server = await FakeServer.StartAsync((context, n) =>
        {
            seen.Enqueue(clock.GetUtcNow());
            if (n == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return FakeServer.Respond(context, 429, """{"title":"Too many requests","status":429}""", "application/problem+json");
            }

            return FakeServer.Respond(context, 200, TestClients.FacetsJson);
        });
        var (client, services) = TestClients.Create(server.BaseAddress, time: clock);
        await using var _ = services;

        var call = client.GetFacetsAsync();
        await Eventually.TrueAsync(() => clock.Waits.Contains(TimeSpan.FromSeconds(1)), "the client waits the second Retry-After asks for");
        clock.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(1));
        Assert.Equal(1, server.Requests);
        clock.Advance(TimeSpan.FromTicks(1));
        await call.WaitAsync(Eventually.DefaultDeadline);

        Assert.Equal(2, server.Requests);
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1)], seen.Select(at => at - clock.Start));
    }

    [Fact]
    public async Task RetryAfterLongerThanTheClientWaitsForEndsTheCall()
    {
        await using var server = await FakeServer.StartAsync((context, _) =>
        {
            context.Response.Headers.RetryAfter = "120";
            return FakeServer.Respond(context, 429, """{"title":"Too many requests","status":429}""", "application/problem+json");
        });
        var (client, services) = TestClients.Create(server.BaseAddress);
        await using var _ = services;

        var error = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.DeleteArticleAsync("a1"));

        Assert.Equal(1, server.Requests);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
    }

    [Fact]
    public async Task BadRequestIsNeverRetriedAndCarriesTheProblem()
    {
        await using var server = await FakeServer.StartAsync((context, _) => FakeServer.Respond(context, 400,
            """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The search request is not valid","status":400,"errors":{"pageSize":["The page size must be between 1 and 100."]},"traceId":"t-1"}""",
            "application/problem+json"));
        var (client, services) = TestClients.Create(server.BaseAddress);
        await using var _ = services;

        var error = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.SearchAsync(new NewsSearch.Client.Search.SearchQuery { PageSize = 500 }));

        Assert.Equal(1, server.Requests);
        Assert.Equal(400, (int)error.StatusCode);
        Assert.Equal("The search request is not valid", error.Problem?.Title);
        Assert.Equal(["The page size must be between 1 and 100."], error.Problem!.Errors!["pageSize"]);
        Assert.Equal("t-1", error.Problem?.TraceId);
        Assert.Contains("pageSize: The page size must be between 1 and 100.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotImplementedIsNeverRetried()
    {
        await using var server = await FakeServer.StartAsync((context, _) => FakeServer.Respond(context, 501));
        var (client, services) = TestClients.Create(server.BaseAddress);
        await using var _ = services;

        var error = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetFacetsAsync());

        Assert.Equal(1, server.Requests);
        Assert.Equal(501, (int)error.StatusCode);
        Assert.Null(error.Problem);
    }

    [Fact]
    public async Task RefusedConnectionsAreRetriedThenReportedAsUnavailable()
    {
        // A port held bound but never listening refuses every connection, and no other process can take
        // it meanwhile, as it could a port a stopped server had released.
        using var refusing = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        refusing.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var address = new Uri($"http://127.0.0.1:{((IPEndPoint)refusing.LocalEndPoint!).Port}/");

        var (client, services) = TestClients.Create(address, o => o.Retry.MaxRetryAttempts = 2);
        await using var _ = services;

        var error = await Assert.ThrowsAsync<NewsSearchUnavailableException>(() => client.GetFacetsAsync());

        Assert.Equal(3, error.Attempts);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Contains("could not reach", error.Message, StringComparison.Ordinal);
    }
}
