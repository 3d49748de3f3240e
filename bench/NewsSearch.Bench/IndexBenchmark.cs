using System.Diagnostics;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Bench;

/// <summary>
/// One indexing run in process, as the indexer's <c>index</c> verb does it, with what the wall time
/// alone hides on a shared machine: CPU time per article, the garbage collector's pauses and
/// allocations, and the peak working set.
/// </summary>
internal static class IndexBenchmark
{
    public static async Task Run(string input, string engine, string location, string segmenter, int workers, TextWriter output)
    {
        var load = LoadAverage();
        using var index = ArticleIndexes.Open(engine, location, rebuild: true, segmenter);
        using var analyzer = IndexAnalyzers.For(index);
        var tagger = new FacetTagger(FacetVocabulary.Default, analyzer.Folder);
        var indexer = new CorpusIndexer(index, new ArticleFileReader(), new ArticlePreparer(analyzer, tagger), TimeProvider.System);

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var pauses = GC.GetTotalPauseDuration();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        var summary = await indexer.IndexAsync([input], new IndexingOptions { Workers = workers });
        var wall = clock.Elapsed;
        process.Refresh();

        var n = Math.Max(1, summary.Added + summary.Updated + summary.Unchanged);
        var cpuTime = process.TotalProcessorTime - cpu;
        var paused = GC.GetTotalPauseDuration() - pauses;
        output.WriteLine($"engine={engine} segmenter={analyzer.Segmenter} workers={workers} gc={(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} " +
            $"concurrent={AppContext.GetData("System.GC.Concurrent") ?? "default"} load_before={load}");
        output.WriteLine($"articles={n} wall={wall.TotalSeconds:0.0}s rate={n / wall.TotalSeconds:0} articles/s " +
            $"cpu={cpuTime.TotalSeconds:0.0}s ({cpuTime.TotalMilliseconds / n:0.00} ms/article, {cpuTime / wall * 100:0}%)");
        output.WriteLine($"gc: gen0={GC.CollectionCount(0) - collections.Item1} gen1={GC.CollectionCount(1) - collections.Item2} " +
            $"gen2={GC.CollectionCount(2) - collections.Item3} paused={paused.TotalSeconds:0.0}s ({paused / wall * 100:0}% of wall) " +
            $"allocated={(GC.GetTotalAllocatedBytes() - allocated) / n / 1024:0} KB/article peak_working_set={process.PeakWorkingSet64 >> 20} MB");
        if (Directory.Exists(location))
        {
            var bytes = new DirectoryInfo(location).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            output.WriteLine($"index={bytes >> 20} MB ({bytes / n / 1024.0:0.0} KB/article) load_after={LoadAverage()}");
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
