using NewsSearch.Client.Errors;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Tests.Shared;
using Polly.Timeout;

namespace NewsSearch.Client.Tests.Resilience;

/// <summary>
/// The client's timeouts run on a <see cref="TestClock"/> that the test advances only once an attempt
/// has reached the server: however slow the machine, the server sees every attempt and each ends at
/// exactly its timeout, not at a wall-clock moment raced against the machine's load.
/// </summary>
public sealed class TimeoutTests
{
    // Far longer than any test: only the client's abandoning the attempt ends it.
    private static Task Hang(Microsoft.AspNetCore.Http.HttpContext context) => Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted);

    [Fact]
    public async Task AHangingAttemptIsAbandonedAndRetried()
    {
        await using var server = await FakeServer.StartAsync((context, n) => n <= 2 ? Hang(context) : FakeServer.Respond(context, 200, TestClients.FacetsJson));
        var clock = new TestClock();
        var (client, services) = TestClients.Create(server.BaseAddress, o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.Retry.BaseDelay = TimeSpan.Zero; // only the timeouts wait on the clock
        }, clock);
        await using var _ = services;

        var call = client.GetFacetsAsync();
        await AbandonAttemptAsync(server, clock, 1, TimeSpan.FromSeconds(1));
        await AbandonAttemptAsync(server, clock, 2, TimeSpan.FromSeconds(1));
        var facets = await call.WaitAsync(Eventually.DefaultDeadline);

        Assert.Equal("sip", Assert.Single(facets.Zone).Value);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task AttemptsThatAllHangEndWithATimeout()
    {
        await using var server = await FakeServer.StartAsync((context, _) => Hang(context));
        var clock = new TestClock();
        var (client, services) = TestClients.Create(server.BaseAddress, o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.Retry.MaxRetryAttempts = 2;
            o.Retry.BaseDelay = TimeSpan.Zero;
        }, clock);
        await using var _ = services;

        var call = client.GetFacetsAsync();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await AbandonAttemptAsync(server, clock, attempt, TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<NewsSearchUnavailableException>(() => call.WaitAsync(Eventually.DefaultDeadline));

        Assert.Equal(3, server.Requests);
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.IsType<TimeoutRejectedException>(error.InnerException).Timeout);
        Assert.Contains("timed out after 3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTotalTimeoutBoundsEveryAttemptAndDelay()
    {
        await using var server = await FakeServer.StartAsync((context, _) => Hang(context));
        var clock = new TestClock();
        var delay = TimeSpan.FromMilliseconds(150);
        var (client, services) = TestClients.Create(server.BaseAddress, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(400);
            o.TotalTimeout = TimeSpan.FromSeconds(1);
            o.Retry.MaxRetryAttempts = 100;
            o.Retry.BaseDelay = delay;
            o.Retry.MaxDelay = delay;
            o.Retry.UseJitter = false;
        }, clock);
        await using var _ = services;

        // An attempt to 400 ms, a delay to 550, an attempt to 950, and a delay that the total timeout cuts short at 1 s.
        var call = client.GetFacetsAsync();
        await AbandonAttemptAsync(server, clock, 1, TimeSpan.FromMilliseconds(400));
        await WaitThenAdvanceAsync(clock, delay, 1, delay);
        await AbandonAttemptAsync(server, clock, 2, TimeSpan.FromMilliseconds(400));
        await WaitThenAdvanceAsync(clock, delay, 2, TimeSpan.FromMilliseconds(50));

        var error = await Assert.ThrowsAsync<NewsSearchUnavailableException>(() => call.WaitAsync(Eventually.DefaultDeadline));

        Assert.Equal(TimeSpan.FromSeconds(1), Assert.IsType<TimeoutRejectedException>(error.InnerException).Timeout);
        Assert.Equal(2, server.Requests);
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
        await Eventually.TrueAsync(() => server.Requests == 1, "the request reached the server");

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, server.Requests);
    }

    // The attempt's timeout is set before the request is sent, so once the server has it, advancing the clock times it out.
    private static async Task AbandonAttemptAsync(FakeServer server, TestClock clock, int attempt, TimeSpan timeout)
    {
        await Eventually.TrueAsync(() => server.Requests == attempt, $"attempt {attempt} reached the server");
        clock.Advance(timeout);
    }

    // Advances once the client has started its n-th wait of that length (a retry delay), so all the time moved counts towards it.
    private static async Task WaitThenAdvanceAsync(TestClock clock, TimeSpan wait, int n, TimeSpan advance)
    {
        await Eventually.TrueAsync(() => clock.Waits.Count(w => w == wait) >= n, $"the client started retry delay {n} of {wait.TotalMilliseconds} ms");
        clock.Advance(advance);
    }
}
