using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Reliability.Tests.Indexing;
using NewsSearch.Tests.Shared;
using Xunit.Abstractions;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>
/// kill -9 of the real service process while readers search and a writer posts: it must restart on
/// the same Lucene.Net index, keep every acknowledged article, and answer exactly as before for what it held.
/// </summary>
public sealed class ServiceCrashTests(ITestOutputHelper output)
{
    private const int BatchSize = 50;
    private const int BaselineBatches = 8;

    // Each query is tied to the baseline articles (their bodies carry "alpha<n>"), so articles
    // posted during the load cannot change which articles match. They can change BM25's corpus
    // statistics, so across the load the answers are compared in date order without scores.
    private static readonly string[] BaselineQueries =
    [
        "q=alpha*", "q=苏州+alpha*", "q=新加坡+alpha*", "q=\"中新合作\"+alpha*", "q=合作+alpha*+-日本",
        "q=alpha*&zone=sip&page=2&pageSize=7", "q=title:苏州+OR+title:园区+alpha*", "q=alpha*&from=2018-01-01&to=2020-12-31",
    ];

    [Fact]
    public async Task TheServiceKilledUnderLoadRestartsKeepsEveryAcknowledgedArticleAndAnswersAsBefore()
    {
        await using var api = await ApiProcess.StartAsync();
        // The first POST loads SmartCn's dictionaries: seconds when idle, over 30 s seen on two cores under a load average of 50.
        using var http = BoundedRequests.Client(api.BaseAddress, TimeSpan.FromSeconds(90));
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiProcess.ApiKey);
        for (var b = 0; b < BaselineBatches; b++)
        {
            (await Post(http, "alpha" + b, b)).EnsureSuccessStatusCode();
        }

        var before = await Answers(http, "&sort=newest");
        Assert.Equal(BaselineBatches * BatchSize, Total(before["q=alpha*"]));

        var (acknowledged, sent, errors) = await LoadThenKill(api, http);

        api.Start();
        await api.WaitUntilReadyAsync();
        var articles = IndexChecks.AssertHealthy(api.IndexPath);
        var lost = await MissingIds(http, acknowledged.SelectMany(BatchIds).ToList());
        var afterRestart = await Answers(http, "&sort=newest");
        var ranked = await Answers(http, "");

        output.WriteLine($"killed with {acknowledged.Count} of {sent} batches acknowledged; {articles} articles after restart");

        // The batch in flight at the kill is one transaction: all of it or none of it.
        Assert.Empty(errors);
        Assert.True(acknowledged.Count >= 3, $"only {acknowledged.Count} batches acknowledged before the kill");
        Assert.Empty(lost);
        Assert.Contains(articles, new long[] { BatchSize * (BaselineBatches + acknowledged.Count), BatchSize * (BaselineBatches + sent) });
        Assert.Equal(before, afterRestart);

        // A second crash with no load changes nothing either.
        api.Kill();
        api.Start();
        await api.WaitUntilReadyAsync();
        Assert.Equal(afterRestart, await Answers(http, "&sort=newest"));
        Assert.Equal(ranked, await Answers(http, ""));
        Assert.Equal(articles, IndexChecks.AssertHealthy(api.IndexPath));
    }

    private static async Task<(List<string> Acknowledged, int Sent, ConcurrentQueue<string> Errors)> LoadThenKill(ApiProcess api, HttpClient http)
    {
        var errors = new ConcurrentQueue<string>();
        var acknowledged = new List<string>();
        var sent = 0;
        using var killed = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var b = 0; !killed.IsCancellationRequested; b++)
            {
                var prefix = "omega" + b;
                Interlocked.Increment(ref sent);
                try
                {
                    using var response = await Post(http, prefix, 1000 + b);
                    if (response.IsSuccessStatusCode)
                    {
                        lock (acknowledged)
                        {
                            acknowledged.Add(prefix);
                        }
                    }
                    else
                    {
                        errors.Enqueue($"POST {prefix}: {(int)response.StatusCode}");
                    }
                }
                catch (HttpRequestException) when (killed.IsCancellationRequested)
                {
                    return;
                }
            }
        });
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            for (var i = r; !killed.IsCancellationRequested; i++)
            {
                try
                {
                    using var response = await http.GetAsync("api/v1/search?" + BaselineQueries[i % BaselineQueries.Length].Replace("+alpha*", "", StringComparison.Ordinal));
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors.Enqueue($"GET: {(int)response.StatusCode}");
                    }
                }
                catch (HttpRequestException) when (killed.IsCancellationRequested)
                {
                    return;
                }
            }
        })).ToArray();

        // Kill in the middle of the writes at a moment that varies: after a few batches, 0-60 ms into the next.
        var killAt = Random.Shared.Next(5, 10);
        await Eventually.TrueAsync(() => Volatile.Read(ref sent) >= killAt || !errors.IsEmpty, $"{killAt} batches sent");
        await Task.Delay(Random.Shared.Next(60));

        await killed.CancelAsync();
        api.Kill();
        await Task.WhenAll([writer, .. readers]).Within(TimeSpan.FromSeconds(60), "the writer and the readers, once the service was killed");
        lock (acknowledged)
        {
            return ([.. acknowledged], Volatile.Read(ref sent), errors);
        }
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string prefix, int seed) =>
        http.PostAsync("api/v1/articles", new StringContent(SyntheticArticles.Batch(prefix, BatchSize, seed), Encoding.UTF8, "application/json"));

    private static IEnumerable<string> BatchIds(string prefix) => Enumerable.Range(0, BatchSize).Select(i => $"{prefix}-{i:00000}");

    private static async Task<List<string>> MissingIds(HttpClient http, List<string> ids)
    {
        var missing = new List<string>();
        foreach (var chunk in ids.Chunk(500))
        {
            using var response = await http.PostAsJsonAsync("api/v1/articles/content-hashes", chunk);
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var found = body.RootElement.GetProperty("hashes").EnumerateObject().Select(p => p.Name).ToHashSet();
            missing.AddRange(chunk.Where(id => !found.Contains(id)));
        }

        return missing;
    }

    // Each answer without its timing; in date order also without scores (see BaselineQueries).
    private static async Task<Dictionary<string, string>> Answers(HttpClient http, string sort)
    {
        var answers = new Dictionary<string, string>();
        foreach (var query in BaselineQueries)
        {
            var node = (await http.GetFromJsonAsync<JsonObject>("api/v1/search?" + query + sort))!;
            node.Remove("tookMs");
            if (sort.Length > 0)
            {
                foreach (var hit in node["hits"]!.AsArray())
                {
                    hit!.AsObject().Remove("score");
                }
            }

            answers[query] = node.ToJsonString();
        }

        return answers;
    }

    private static int Total(string answer) => JsonDocument.Parse(answer).RootElement.GetProperty("total").GetInt32();
}
