using System.Diagnostics;
using System.Globalization;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Export;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Bench;

/// <summary>
/// Streams every hit of a query through the export writer to a null stream, as the service does
/// to a client, and samples the managed heap and the working set every 10,000 rows: flat memory
/// means the heap after the last row is about the heap after the first 10,000.
/// </summary>
internal static class ExportBenchmark
{
    private const int SampleEvery = 10_000;

    public static async Task<int> Run(string database, string? query, string format, TextWriter output)
    {
        var writer = ResultSetWriter.ForName(format) ?? throw new ArgumentException($"unknown format '{format}'", nameof(format));
        using var index = LuceneArticleIndex.Open(database);
        using var analyzer = IndexAnalyzers.For(index);
        var search = new SearchService(index, analyzer, FacetVocabulary.Default, matchCacheSize: 0);
        output.WriteLine($"index: {search.CurrentCatalog().Count} articles; exporting '{query}' as {writer.Name}");

        var samples = new List<(int Rows, long Heap, long WorkingSet)>();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var results = search.ReadAll(new SearchRequest { Query = query });
        var matched = clock.Elapsed;
        var sink = new CountingStream();
        var rows = await writer.WriteAsync(sink, Sampled(results.Rows(), samples));
        var elapsed = clock.Elapsed;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        foreach (var (at, heap, workingSet) in samples)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{at,9:N0} rows  heap {Mb(heap),7:0.0} MB  working set {Mb(workingSet),7:0.0} MB"));
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={rows} bytes={sink.Length} match_and_order_ms={matched.TotalMilliseconds:0} total_s={elapsed.TotalSeconds:0.00} " +
            $"rows_per_s={rows / elapsed.TotalSeconds:0} allocated_mb={Mb(allocated):0} peak_working_set_mb={Mb(process.PeakWorkingSet64):0} " +
            $"heap_first_mb={Mb(samples.FirstOrDefault().Heap):0.0} heap_last_mb={Mb(samples.LastOrDefault().Heap):0.0}"));
        return 0;
    }

    private static IEnumerable<ResultRow> Sampled(IEnumerable<ResultRow> rows, List<(int, long, long)> samples)
    {
        var count = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (++count % SampleEvery == 0)
            {
                // A full collection first, so the figure is what is still reachable, not garbage not yet collected.
                samples.Add((count, GC.GetTotalMemory(forceFullCollection: true), Environment.WorkingSet));
            }
        }
    }

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    /// <summary>Discards what is written and counts it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
