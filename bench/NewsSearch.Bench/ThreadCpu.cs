using System.Runtime.InteropServices;

namespace NewsSearch.Bench;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID). On a shared machine wall time
/// mostly measures the wait for a core; a thread's own CPU time is what a search costs.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ThreadCpuClock = 3;

    /// <summary>Milliseconds of CPU this thread has used; NaN where the clock is not available.</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ThreadCpuClock, out var time) != 0)
        {
            return double.NaN;
        }

        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out Timespec time);
}
