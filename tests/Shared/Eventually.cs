using System.Diagnostics;

namespace NewsSearch.Tests.Shared;

/// <summary>
/// Waits for a state the test cannot be told about (another process, a background writer) by asking
/// again until it holds or a deadline passes. A fixed sleep guesses how long a loaded machine needs;
/// this waits exactly as long as it takes, and fails naming what never happened.
/// </summary>
public static class Eventually
{
    /// <summary>The deadline when a test names none: long enough for a loaded 2-core CI machine.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    /// <summary>Returns once <paramref name="condition"/> holds; fails with <paramref name="what"/> when it has not by the deadline.</summary>
    /// <param name="condition">The state waited for; asked again every few milliseconds.</param>
    /// <param name="what">What should have happened, for the failure message (e.g. "the standby streams again").</param>
    /// <param name="deadline">How long to wait at most (default <see cref="DefaultDeadline"/>).</param>
    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? deadline = null) =>
        TrueAsync(() => Task.FromResult(condition()), () => what, deadline);

    /// <inheritdoc cref="TrueAsync(Func{bool}, string, TimeSpan?)"/>
    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? deadline = null) =>
        TrueAsync(condition, () => what, deadline);

    /// <summary>As the other overloads; <paramref name="what"/> is built only on failure, e.g. to add a process's output.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, Func<string> what, TimeSpan? deadline = null)
    {
        var limit = deadline ?? DefaultDeadline;
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                Assert.Fail($"Still waiting after {limit.TotalSeconds:0.#} s: {what()}");
            }

            await Task.Delay(Interval);
        }
    }
}
