using NewsSearch.Client.Errors;
using NewsSearch.Client.Tests.Infrastructure;
using Polly.CircuitBreaker;

namespace NewsSearch.Client.Tests.Resilience;

public sealed class CircuitBreakerTests
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task TheCircuitOpensAfterTheConfiguredFailuresAndClosesAfterTheBreak()
    {
        var healthy = false;
        await using var server = await FakeServer.StartAsync((context, _) =>
            Volatile.Read(ref healthy) ? FakeServer.Respond(context, 200, TestClients.FacetsJson) : FakeServer.Respond(context, 500));
        // The break runs on a clock that moves only when the test says: however slow the machine, the
        // calls below land before or after the break exactly where the test puts them.
        var clock = new TestClock();
        var (client, services) = TestClients.Create(server.BaseAddress, o =>
        {
            o.Retry.MaxRetryAttempts = 0;
            o.CircuitBreaker.FailureRatio = 1.0;
            o.CircuitBreaker.MinimumThroughput = 3;
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            o.CircuitBreaker.BreakDuration = BreakDuration;
        }, clock);
        await using var _ = services;

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetFacetsAsync());
        }

        var open = await Assert.ThrowsAsync<NewsSearchUnavailableException>(() => client.GetFacetsAsync());
        Assert.IsType<BrokenCircuitException>(open.InnerException);
        Assert.Equal(0, open.Attempts);
        Assert.Equal(3, server.Requests);

        Volatile.Write(ref healthy, true);
        clock.Advance(BreakDuration - TimeSpan.FromMilliseconds(1));
        var stillOpen = await Assert.ThrowsAsync<NewsSearchUnavailableException>(() => client.GetFacetsAsync());
        Assert.Equal(TimeSpan.FromMilliseconds(1), Assert.IsType<BrokenCircuitException>(stillOpen.InnerException).RetryAfter);
        Assert.Equal(3, server.Requests);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        var facets = await client.GetFacetsAsync();
        Assert.NotEmpty(facets.Zone);
        Assert.Equal(4, server.Requests);
    }

    [Fact]
    public async Task EveryClientInstanceSharesOneBreaker()
    {
        await using var server = await FakeServer.StartAsync((context, _) => FakeServer.Respond(context, 503));
        var (_, services) = TestClients.Create(server.BaseAddress, o =>
        {
            o.Retry.MaxRetryAttempts = 0;
            o.CircuitBreaker.FailureRatio = 1.0;
            o.CircuitBreaker.MinimumThroughput = 2;
        });
        await using var __ = services;

        for (var i = 0; i < 2; i++)
        {
            var client = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<INewsSearchClient>(services);
            await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetFacetsAsync());
        }

        var another = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<INewsSearchClient>(services);
        await Assert.ThrowsAsync<NewsSearchUnavailableException>(() => another.GetFacetsAsync());
        Assert.Equal(2, server.Requests);
    }
}
