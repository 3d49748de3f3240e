using System.Diagnostics;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Tests.Shared;
using Xunit.Abstractions;

namespace NewsSearch.Client.Tests.Api;

public sealed class RestartDuringPushTests(ITestOutputHelper output)
{
    private const int Articles = 10_000;
    private const int BatchSize = 200;
    private static readonly TimeSpan PushLimit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task APushOfTenThousandArticlesRidesOverTwoServiceRestarts()
    {
        await using var api = await ApiProcess.StartAsync();
        // Retries until the total timeout rather than a count, so a restart slowed by a loaded machine is
        // still outlasted; breaker and attempt timeout at their defaults.
        var (client, services) = TestClients.Create(api.BaseAddress, o =>
        {
            o.ApiKey = ApiProcess.ApiKey;
            o.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.TotalTimeout = TimeSpan.FromSeconds(60);
            o.Retry.MaxRetryAttempts = 60;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(200);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        });
        await using var _ = services;

        var batches = GeneratedArticles.Range(Articles).Chunk(BatchSize).ToList();
        var sent = 0;
        var added = 0;
        var unchanged = 0;
        var started = Stopwatch.GetTimestamp();
        var push = Task.Run(async () =>
        {
            foreach (var batch in batches)
            {
                var result = await client.UpsertArticlesAsync(batch);
                Assert.Empty(result.Skipped);
                added += result.Added;
                unchanged += result.Unchanged;
                Interlocked.Increment(ref sent);
            }
        });

        foreach (var killAfter in new[] { batches.Count / 3, 2 * batches.Count / 3 })
        {
            await Eventually.TrueAsync(() => Volatile.Read(ref sent) >= killAfter || push.IsCompleted, $"{killAfter} batches pushed", TimeSpan.FromMinutes(5));

            if (push.IsCompleted)
            {
                await push; // a failed push says why here
            }

            // Killing a running service while the push still runs: a push that had ended would not ride over anything.
            api.Kill();
            Assert.False(push.IsCompleted, "the push ended before the service was killed");
            output.WriteLine($"killed after {Volatile.Read(ref sent)} batches at {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
            await Task.Delay(300); // an outage the client must ride over, not a wait for anything
            api.Start();
        }

        await push.Within(PushLimit, $"the push of {Articles} articles");
        output.WriteLine($"pushed {Articles} articles in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s (added {added}, unchanged {unchanged})");

        // A batch the killed service committed but never answered is re-sent and comes back unchanged.
        Assert.Equal(Articles, added + unchanged);
        var all = await client.SearchAsync(new SearchQuery { PageSize = 1 });
        Assert.Equal(Articles, all.Total);
        Assert.Equal(Articles, all.Facets.Year.Sum(y => y.Count));
        var facets = await client.GetFacetsAsync();
        Assert.Equal(Articles, facets.Zone.Single(z => z.Value == "sip").Count);

        // Every article: the service's content hash equals the hash of what was sent.
        var mismatched = 0;
        foreach (var chunk in Enumerable.Range(1, Articles).Chunk(1_000))
        {
            var expected = chunk.Select(GeneratedArticles.Create).ToList();
            var held = await client.GetContentHashesAsync(expected.Select(e => e.Id!));
            mismatched += expected.Count(e => !held.TryGetValue(e.Id!, out var hash) || hash != ContentHash(e));
        }

        Assert.Equal(0, mismatched);

        foreach (var number in new[] { 1, 1_234, 3_333, 3_334, 5_000, 6_667, 9_999, 10_000 })
        {
            var expected = GeneratedArticles.Create(number);
            var article = await client.GetArticleAsync(expected.Id!);
            Assert.NotNull(article);
            Assert.Equal(
                (expected.Url, expected.Title, expected.Published, expected.Source, expected.Author, expected.Body),
                (article.Url, article.Title, article.Published, article.Source, article.Author, article.Body));
        }
    }

    private static string ContentHash(NewsSearch.Client.Articles.ArticleInput input) =>
        NewsSearch.Core.Index.ArticlePreparer.ContentHash(new NewsSearch.Core.Articles.Article
        {
            Id = input.Id!,
            Url = input.Url,
            Title = input.Title ?? "",
            Published = input.Published,
            Source = input.Source ?? "",
            Author = input.Author ?? "",
            Body = input.Body,
        });
}
