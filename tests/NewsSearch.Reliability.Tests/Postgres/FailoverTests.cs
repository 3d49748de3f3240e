using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Postgres;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Tests.Shared;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace NewsSearch.Reliability.Tests.Postgres;

/// <summary>
/// The PostgreSQL engine over a primary and a standby whose nodes go down and come back: searches
/// go on while one node is up, writes wait for the primary and lose nothing.
/// </summary>
public sealed class FailoverTests(ThrowawayCluster cluster) : IClassFixture<ThrowawayCluster>, IAsyncLifetime
{
    private readonly Analyzer _analyzer = new();
    private PostgresArticleIndex _index = null!;
    private SearchService _search = null!;
    private ArticlePreparer _preparer = null!;

    public async Task InitializeAsync()
    {
        _index = PostgresArticleIndex.Open(cluster.ConnectionString, rebuild: true);
        _preparer = new ArticlePreparer(_analyzer, new FacetTagger(FacetVocabulary.Default, _analyzer.Folder));
        await new CorpusIndexer(_index, new ArticleFileReader(), _preparer, TimeProvider.System).IndexAsync([TestPaths.SeedCorpus], new IndexingOptions())
            .Within(TimeSpan.FromSeconds(60), "indexing the five seeds");
        _search = new SearchService(_index, _analyzer, FacetVocabulary.Default);
        await cluster.WaitForReplayAsync();
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        _analyzer.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void SearchesAreServedByTheStandby()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(5, Search("苏州").Total);
        }

        // Searches leave their pooled connections open where they ran.
        Assert.True(ConnectionsOf(cluster.ReplicaConnectionString) > 0, "no search connection on the standby");
    }

    [Fact]
    public async Task WithThePrimaryDownSearchesGoOnAndWritesAreRefusedUntilItReturns()
    {
        var expected = Search("新加坡 OR 日本");
        await cluster.StopAsync("primary");
        try
        {
            for (var i = 0; i < 10; i++)
            {
                var during = Search("新加坡 OR 日本");
                Assert.Equal(expected.Total, during.Total);
                Assert.Equal(expected.Hits.Select(h => h.Id), during.Hits.Select(h => h.Id));
            }

            var refused = Assert.Throws<IndexUnavailableException>(() => _index.BeginBatch());
            Assert.Equal(IndexUnavailableException.DefaultRetryAfter, refused.RetryAfter);
        }
        finally
        {
            await cluster.StartAsync("primary");
        }

        Write(new Article { Id = "after-failover", Title = "园区恢复写入", Body = "苏州工业园区恢复写入后发布的新闻,枇杷节开幕。", Source = "测试" });
        await cluster.WaitForReplayAsync();
        Assert.Equal(["after-failover"], Search("枇杷节").Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task WithTheStandbyDownSearchesAndWritesUseThePrimary()
    {
        await cluster.StopAsync("replica");
        try
        {
            Assert.Equal(5, Search("苏州").Total);
            Write(new Article { Id = "standby-down", Title = "备库停机", Body = "相城区在备库停机时发布鲈鱼节的消息。", Source = "测试" });
            Assert.Equal(["standby-down"], Search("鲈鱼节").Hits.Select(h => h.Id));
        }
        finally
        {
            await cluster.StartAsync("replica");
        }

        await cluster.WaitForReplayAsync();
        await using var replica = new NpgsqlConnection(cluster.ReplicaConnectionString);
        await replica.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM article WHERE id = 'standby-down'", replica);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AfterARollingRestartSearchesGoOnWhileEveryNodeWasOnceMarkedDown()
    {
        // A recheck interval longer than the test, so the marks Npgsql puts on failed hosts cannot
        // expire by themselves on a slow machine: only the index's own retry can lift them.
        var connection = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { HostRecheckSeconds = 600 }.ConnectionString;
        using var index = PostgresArticleIndex.Open(connection);
        var search = new SearchService(index, _analyzer, FacetVocabulary.Default);
        Assert.Equal(5, search.Search(new SearchRequest { Query = "苏州" }).Total);

        await cluster.StopAsync("replica");
        try
        {
            // Served by the primary; the standby is now marked offline.
            Assert.Equal(5, search.Search(new SearchRequest { Query = "苏州" }).Total);
        }
        finally
        {
            await cluster.StartAsync("replica");
        }

        await cluster.StopAsync("primary");
        try
        {
            // The primary's connections break and it is marked offline too, while the standby is up again.
            Assert.Equal(5, search.Search(new SearchRequest { Query = "苏州" }).Total);
        }
        finally
        {
            await cluster.StartAsync("primary");
        }

        Assert.Equal(5, search.Search(new SearchRequest { Query = "苏州" }).Total);
    }

    [Fact]
    public async Task TheServiceAnswersWritesWith503AndRetryAfterWhileThePrimaryIsDownAndSearchesWith200()
    {
        await using var service = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("NewsSearch:Engine", "postgres");
            host.UseSetting("NewsSearch:ConnectionString", cluster.ConnectionString);
            host.UseSetting("NewsSearch:CorpusPath", "");
            host.UseSetting("NewsSearch:ApiKey", "failover-key");
            host.UseSetting("NewsSearch:CacheSeconds", "0");
        });
        using var client = service.CreateDefaultClient(new BoundedRequests(BoundedRequests.DefaultLimit));
        client.DefaultRequestHeaders.Add("X-Api-Key", "failover-key");
        await ServedIndex.AssertAsync(client, ArticleIndexes.Postgres, PostgresArticleIndex.Describe(cluster.ConnectionString));
        var article = new StringContent("""{"id":"during-outage","title":"停机","body":"苏州工业园区在主库停机时收到的稿件。","source":"测试"}""",
            System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=%E8%8B%8F%E5%B7%9E")).StatusCode);

        await cluster.StopAsync("primary");
        try
        {
            var search = await client.GetAsync("/api/v1/search?q=%E8%8B%8F%E5%B7%9E");
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            var refused = await client.PostAsync("/api/v1/articles", article);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(IndexUnavailableException.DefaultRetryAfter, refused.Headers.RetryAfter?.Delta);
        }
        finally
        {
            await cluster.StartAsync("primary");
        }

        // As a client told 503 + Retry-After does: send again. Npgsql may still hold the primary
        // for offline for a moment after it is back, so the first attempt can still be refused.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var accepted = await client.PostAsync("/api/v1/articles", article);
        while (accepted.StatusCode == HttpStatusCode.ServiceUnavailable && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.Equal(IndexUnavailableException.DefaultRetryAfter, accepted.Headers.RetryAfter?.Delta);
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            accepted = await client.PostAsync("/api/v1/articles", article);
        }

        Assert.True(accepted.IsSuccessStatusCode, $"{(int)accepted.StatusCode} {clock.Elapsed.TotalSeconds:F1} s after the primary returned");
        await cluster.WaitForReplayAsync();
        Assert.Equal("苏州工业园区在主库停机时收到的稿件。", _index.Find("during-outage")?.Body);
    }

    [Fact]
    public async Task UnderSearchLoadNoSearchFailsWhileANodeIsUpAndNoWriteIsLostOrDoubled()
    {
        using var stop = new CancellationTokenSource();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var searches = 0;
        var writes = 0;
        var refusals = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var found = Search("苏州");
                    if (found.Total < 5)
                    {
                        // Which ones, and how they were grouped, say whether the engine or the collapse lost them.
                        var all = _search.Search(new SearchRequest { Query = "苏州", PageSize = SearchRequest.MaxPageSize, Collapse = false });
                        failures.Enqueue($"a search lost articles: total {found.Total} ({string.Join(", ", found.Hits.Select(h => $"{h.Id}@{h.Group}"))}); " +
                            $"uncollapsed {all.Total} ({string.Join(", ", all.Hits.Take(12).Select(h => $"{h.Id}@{h.Group}"))})");
                    }

                    Interlocked.Increment(ref searches);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e.GetType().Name + ": " + e.Message);
                }
            }
        })).ToArray();
        var written = new List<string>();
        var writer = Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var id = $"drill-{n:D4}";
                while (true)
                {
                    try
                    {
                        Write(new Article { Id = id, Title = "演练", Body = $"第{n}篇演练稿件,苏州相城区发布枇杷节消息。", Source = "测试" });
                        break;
                    }
                    catch (IndexUnavailableException)
                    {
                        Interlocked.Increment(ref refusals);
                        await Task.Delay(200); // the primary is down: send the same article again, as a client would
                    }
                }

                written.Add(id);
                Interlocked.Increment(ref writes);
                await Task.Delay(20);
            }
        });

        // Each stage lasts until the readers and the writer have done their part in it, however slow the
        // machine (a fixed time per stage left some stages without a search or a write under load).
        async Task Stage(string state, bool writesRefused = false)
        {
            var (searchesBefore, writesBefore, refusalsBefore) = (Volatile.Read(ref searches), Volatile.Read(ref writes), Volatile.Read(ref refusals));
            await Eventually.TrueAsync(
                () => !failures.IsEmpty || (Volatile.Read(ref searches) >= searchesBefore + 10
                    && (writesRefused ? Volatile.Read(ref refusals) > refusalsBefore : Volatile.Read(ref writes) >= writesBefore + 3)),
                $"10 searches and {(writesRefused ? "a refused write" : "3 writes")} {state}");
        }

        await Stage("with both nodes up");
        await cluster.StopAsync("replica");
        await Stage("with the standby down");
        await cluster.StartAsync("replica");
        await Stage("with the standby back");
        await cluster.StopAsync("primary");
        await Stage("with the primary down", writesRefused: true);
        await cluster.StartAsync("primary");
        await Stage("with the primary back");
        await stop.CancelAsync();
        await Task.WhenAll([.. readers, writer]).Within(TimeSpan.FromSeconds(60), "the readers and the writer once the drill stopped");

        Assert.Empty(failures);
        Assert.True(searches >= 50, $"only {searches} searches ran"); // ten in each stage at least
        await cluster.WaitForReplayAsync();
        foreach (var node in new[] { cluster.PrimaryConnectionString, cluster.ReplicaConnectionString })
        {
            await using var connection = new NpgsqlConnection(node);
            await connection.OpenAsync();
            await using var ids = new NpgsqlCommand("SELECT id FROM article WHERE id LIKE 'drill-%' ORDER BY id", connection);
            var stored = new List<string>();
            await using (var reader = await ids.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    stored.Add(reader.GetString(0));
                }
            }

            Assert.Equal(written, stored);
        }
    }

    private SearchResponse Search(string query) => _search.Search(new SearchRequest { Query = query, PageSize = SearchRequest.MaxPageSize });

    private void Write(Article article)
    {
        using var batch = _index.BeginBatch();
        batch.Upsert(_preparer.Prepare(article));
        batch.Commit();
    }

    // Connections the index under test holds on one node (the cluster string names its application).
    private static long ConnectionsOf(string node)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(node) { ApplicationName = "failover-check" }.ConnectionString);
        connection.Open();
        using var count = new NpgsqlCommand($"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{ThrowawayCluster.ApplicationName}'", connection);
        return (long)count.ExecuteScalar()!;
    }
}
