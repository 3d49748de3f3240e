using System.Diagnostics;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Tests.Infrastructure;
using Polly.Timeout;

namespace NewsSearch.Client.Tests.Resilience;

public sealed class TimeoutTests
{
    private static Task Hang(Microsoft.AspNetCore.Http.HttpContext context) => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);

    [Fact]
    public async Task AHangingAttemptIsAbandonedAndRetried()
    {
        await using var server = await FakeServer.StartAsync((context, n) => n <= 2 ? Hang(context) : FakeServer.Respond(context, 200, TestClients.FacetsJson));
        // A second per attempt: long enough for a request to reach the server on a loaded CI machine,
        // so the server sees every attempt the client makes.
        var (client, services) = TestClients.Create(server.BaseAddress, o => o.AttemptTimeout = TimeSpan.FromSeconds(1));
        await using var _ = services;
        var started = Stopwatch.GetTimestamp();

        await client.GetFacetsAsync();

        Assert.Equal(3, server.Requests);
        Assert.InRange(Stopwatch.GetElapsedTime(started).TotalSeconds, 2, 10);
    }

    [Fact]
    public async Task AttemptsThatAllHangEndWithATimeout()
    {
        await using var server = await FakeServer.StartAsync((context, _) => Hang(context));
        var (client, services) = TestClients.Create(server.BaseAddress, o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.Retry.MaxRetryAttempts = 2;
        });
        await using var _ = services;

        var error = await Assert.ThrowsAsync<NewsSearchUnavailableException>(() => client.GetFacetsAsync());

        Assert.Equal(3, server.Requests);
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.IsType<TimeoutRejectedException>(error.InnerException).Timeout);
        Assert.Contains("timed out after 3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTotalTimeoutBoundsEveryAttemptAndDelay()
    {
        await using var server = await FakeServer.StartAsync((context, _) => Hang(context));
        var (client, services) = TestClients.Create(server.BaseAddress, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(400);
            o.TotalTimeout = TimeSpan.FromSeconds(1);
            o.Retry.MaxRetryAttempts = 100;
        });
        await using var _ = services;
        var started = Stopwatch.GetTimestamp();

        var error = await Assert.ThrowsAsync<NewsSearchUnavailableException>(() => client.GetFacetsAsync());

        // The bounds are loose on the slow side: on a loaded CI machine the first connection alone can
        // take most of the second. What must hold is that 100 allowed retries end at the total timeout.
        Assert.InRange(Stopwatch.GetElapsedTime(started).TotalSeconds, 0.9, 5);
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.IsType<TimeoutRejectedException>(error.InnerException).Timeout);
        Assert.InRange(server.Requests, 1, 4);
    }

    [Fact]
    public async Task CallerCancellationIsNotReportedAsAnOutage()
    {
        await using var server = await FakeServer.StartAsync((context, _) => Hang(context));
        var (client, services) = TestClients.Create(server.BaseAddress);
        await using var _ = services;
        using var cancel = new CancellationTokenSource();

        // Cancel once the request has reached the server, however slow the machine is.
        var call = client.GetFacetsAsync(cancel.Token);
        for (var waited = 0; server.Requests == 0 && waited < 200; waited++)
        {
            await Task.Delay(50);
        }

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, server.Requests);
    }
}
