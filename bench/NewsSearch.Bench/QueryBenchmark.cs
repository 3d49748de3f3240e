using System.Diagnostics;
using System.Globalization;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Bench;

/// <summary>
/// Runs a fixed mix of queries against an index in process, single-threaded, facets and snippets
/// on, and reports per-query latency and p50/p99 over all runs, and over the runs of the queries
/// that match under 1% of the articles (the narrow searches a large index must answer quickly). A query line is in the NewsSearch
/// query language, optionally followed by a tab and filters as a query string (zone=sip&amp;from=2020-01-01).
/// </summary>
internal static class QueryBenchmark
{
    public static int Run(string engine, string database, string queries, int warmup, int repeat, bool cache, TextWriter output)
    {
        var mix = QueryMix.Read(queries);
        using var index = ArticleIndexes.Open(engine, database);
        using var analyzer = IndexAnalyzers.For(index);
        // Without the cache every run reaches the engine; with it, repeats measure re-filtering a known query (a facet click).
        var search = new SearchService(index, analyzer, FacetVocabulary.Default, cache ? SearchService.MatchCacheSize : 0);
        var load = Stopwatch.StartNew();
        var catalog = search.CurrentCatalog();
        output.WriteLine($"index: {catalog.Count} articles ({engine}, {index.Segmenter}), catalog loaded in {load.Elapsed.TotalMilliseconds:0} ms");

        for (var w = 0; w < warmup; w++)
        {
            mix.ForEach(q => search.Search(q.Request));
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(); // after the catalog load and the warm-up, which are not per query
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var all = new List<double>();
        var narrow = new List<double>();
        var threadCpu = new List<double>();
        foreach (var (line, request) in mix)
        {
            var times = new List<double>();
            SearchResponse? last = null;
            for (var r = 0; r < repeat; r++)
            {
                var clock = Stopwatch.GetTimestamp();
                var cpuBefore = ThreadCpu.Milliseconds();
                last = search.Search(request);
                threadCpu.Add(ThreadCpu.Milliseconds() - cpuBefore);
                times.Add(Stopwatch.GetElapsedTime(clock).TotalMilliseconds);
            }

            times.Sort();
            all.AddRange(times);
            if (last!.Total * 100L < catalog.Count)
            {
                narrow.AddRange(times);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Percentile(times, 0.5),8:0.00} ms p50 {Percentile(times, 0.99),8:0.00} ms p99 {last!.Total,8} hits  {line}"));
        }

        all.Sort();
        narrow.Sort();
        threadCpu.Sort();
        var total = all.Sum() / 1000;
        // CPU of this process alone: with PostgreSQL the database's share is spent in the server, measured there.
        var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / all.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"p50_ms={Percentile(all, 0.5):0.00} p99_ms={Percentile(all, 0.99):0.00} qps={all.Count / total:0} client_cpu_ms_per_query={cpuPerQuery:0.00} " +
            $"narrow_queries={narrow.Count / Math.Max(1, repeat)} narrow_p50_ms={Percentile(narrow, 0.5):0.00} narrow_p99_ms={Percentile(narrow, 0.99):0.00} " +
            $"thread_cpu_p50_ms={Percentile(threadCpu, 0.5):0.00} thread_cpu_p99_ms={Percentile(threadCpu, 0.99):0.00} gc0_gc1_gc2={string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))} allocated_kb_per_query={(GC.GetTotalAllocatedBytes() - allocated) / 1024 / Math.Max(1, all.Count)}"));
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
