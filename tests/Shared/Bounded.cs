using System.Diagnostics;

namespace NewsSearch.Tests.Shared;

/// <summary>
/// Waits that end: each gives up after a limit and fails with a message naming what it waited for,
/// so a hung process, request or task fails the test instead of stalling the run.
/// </summary>
public static class Bounded
{
    /// <summary>Waits for <paramref name="process"/> to exit; past <paramref name="limit"/> kills it (with its children) and throws.</summary>
    /// <param name="process">A started process.</param>
    /// <param name="limit">How long it may take.</param>
    /// <param name="what">The process, for the message: "the indexer run", "the API".</param>
    public static async Task WaitForExitAsync(Process process, TimeSpan limit, string what)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Kill(process);
            throw new TimeoutException($"{what} did not exit within {Seconds(limit)}; killed it");
        }
    }

    /// <summary>The blocking form of <see cref="WaitForExitAsync"/>; output read with ReadToEndAsync is then awaited with <see cref="Within{T}"/>.</summary>
    public static void WaitForExit(Process process, TimeSpan limit, string what)
    {
        if (!process.WaitForExit(limit))
        {
            Kill(process);
            throw new TimeoutException($"{what} did not exit within {Seconds(limit)}; killed it");
        }
    }

    /// <summary>Awaits <paramref name="task"/>; throws when it has not completed within <paramref name="limit"/>.</summary>
    public static async Task<T> Within<T>(this Task<T> task, TimeSpan limit, string what)
    {
        await ((Task)task).Within(limit, what).ConfigureAwait(false);
        return await task.ConfigureAwait(false);
    }

    /// <summary>Awaits <paramref name="task"/>; throws when it has not completed within <paramref name="limit"/>.</summary>
    public static async Task Within(this Task task, TimeSpan limit, string what)
    {
        using var timeout = new CancellationTokenSource();
        if (await Task.WhenAny(task, Task.Delay(limit, timeout.Token)).ConfigureAwait(false) != task)
        {
            throw new TimeoutException($"{what} did not complete within {Seconds(limit)}");
        }

        await timeout.CancelAsync().ConfigureAwait(false);
        await task.ConfigureAwait(false);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it exited just now
        }
    }

    private static string Seconds(TimeSpan limit) => $"{limit.TotalSeconds:0.#} s";
}
