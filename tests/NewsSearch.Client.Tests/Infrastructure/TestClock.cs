using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace NewsSearch.Client.Tests.Infrastructure;

/// <summary>
/// The client's clock in resilience tests: time moves only when the test advances it, so a timeout,
/// a retry delay or a circuit's break is never raced against how fast the machine is. It records the
/// waits the client starts, so a test can advance once the client is waiting: time moved earlier
/// would pass before the wait began and not count towards it.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    /// <summary>How long each timer the client has started was set for (timeouts, retry delays), in order.</summary>
    public IReadOnlyCollection<TimeSpan> Waits => _waits;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _waits.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
