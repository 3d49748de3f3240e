using System.Collections.Concurrent;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Api.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly NewsSearchApplication _app = new();

    [Fact]
    public async Task SearchesWhileArticlesAreWrittenAlwaysSeeAConsistentIndex()
    {
        var writer = _app.CreateWriter();
        var failures = new ConcurrentBag<string>();
        var responses = 0;
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            var client = _app.CreateClient();
            var lastTotal = 0;
            while (!stop.IsCancellationRequested)
            {
                var browse = await Json.Get(client, "/api/v1/search?pageSize=3");
                var total = browse.GetProperty("total").GetInt32();
                var dated = browse.GetProperty("facets").GetProperty("year").EnumerateArray().Sum(y => y.GetProperty("count").GetInt32());
                if (dated != total - 1)
                {
                    failures.Add($"reader {r}: {dated} dated articles of {total}; only 004 is undated");
                }

                if (total < lastTotal)
                {
                    failures.Add($"reader {r}: total went back from {lastTotal} to {total}");
                }

                lastTotal = total;
                var found = await Json.Get(client, $"/api/v1/search?q={Json.Q("并发测试")}&pageSize=100");
                if (Json.Ids(found).Length != Math.Min(100, found.GetProperty("total").GetInt32()))
                {
                    failures.Add($"reader {r}: page does not match total");
                }

                Interlocked.Increment(ref responses);
            }
        })).ToArray();

        for (var batch = 0; batch < 20; batch++)
        {
            // Interleave for sure, however slow the machine: each batch waits for another round of reads.
            var waiting = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref responses) < 2 * batch && failures.IsEmpty && waiting.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(5);
            }

            var articles = Enumerable.Range(0, 25).Select(i => new
            {
                id = $"c-{batch}-{i}",
                published = "2024-01-15",
                body = $"并发测试第{batch}批第{i}篇:苏州工业园区与新加坡合作项目。",
            });
            await Json.Post(writer, "/api/v1/articles", articles);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers).Within(TimeSpan.FromSeconds(90), "the readers' last searches after the stop");

        Assert.Empty(failures);
        Assert.True(responses > 20, $"only {responses} searches ran");
        var all = await Json.Get(_app.CreateClient(), "/api/v1/search?pageSize=1");
        Assert.Equal(505, all.GetProperty("total").GetInt32());
    }

    public void Dispose() => _app.Dispose();
}
