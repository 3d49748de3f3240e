using NewsSearch.Core.Indexing;
using Spectre.Console;

namespace NewsSearch.Indexer;

/// <summary>A progress bar on a terminal; plain periodic lines when output is redirected (logs, CI).</summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    // Written on the reporting thread, not posted to the thread pool as Progress<T> does, so a
    // progress line can never land after the summary.
    private sealed class PlainLines : IProgress<IndexingProgress>
    {
        private long _last = long.MinValue;

        public void Report(IndexingProgress value)
        {
            var now = Environment.TickCount64;
            if (now - _last >= (long)PlainInterval.TotalMilliseconds)
            {
                _last = now;
                Console.Out.WriteLine($"progress: {value.FilesDone}/{value.FilesTotal} files, {value.ArticlesDone} articles");
            }
        }
    }

    public static async Task<T> Run<T>(Func<IProgress<IndexingProgress>, Task<T>> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await work(new PlainLines());
        }

        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("indexing", maxValue: 1);
                var bar = new Progress<IndexingProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.FilesTotal);
                    task.Value = p.FilesDone;
                    task.Description = $"{p.ArticlesDone} articles";
                });
                result = await work(bar);
                task.Value = task.MaxValue;
            });
        return result;
    }
}
