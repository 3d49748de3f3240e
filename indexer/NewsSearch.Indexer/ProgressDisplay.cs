using NewsSearch.Core.Indexing;
using Spectre.Console;

namespace NewsSearch.Indexer;

/// <summary>A progress bar on a terminal; plain periodic lines when output is redirected (logs, CI).</summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static async Task<T> Run<T>(Func<IProgress<IndexingProgress>, Task<T>> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var last = DateTime.MinValue;
            var plain = new Progress<IndexingProgress>(p =>
            {
                if (DateTime.UtcNow - last >= PlainInterval)
                {
                    last = DateTime.UtcNow;
                    Console.Out.WriteLine($"progress: {p.FilesDone}/{p.FilesTotal} files, {p.ArticlesDone} articles");
                }
            });
            return await work(plain);
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
