using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using NewsSearch.Core.Search;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>One writer posting batches while eight readers search for ten seconds.</summary>
public sealed class ConcurrencyTests(ReliabilityApplication app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ReliabilityApplication>
{
    private static readonly string[] Queries =
    [
        "q=%E8%8B%8F%E5%B7%9E", "q=%E6%96%B0%E5%8A%A0%E5%9D%A1", "q=%22%E4%B8%AD%E6%96%B0%E5%90%88%E4%BD%9C%22",
        "q=%E5%90%88%E4%BD%9C&sort=newest", "", "q=%E6%96%B0%E5%8A%A0%E5%9D%A1+-%E6%97%A5%E6%9C%AC", "q=title%3A%E7%9B%B8%E5%9F%8E",
        "q=%E5%90%88%E4%BD%9C&zone=xiangcheng", "zone=snd&page=2&pageSize=5", "q=%E7%BC%96%E5%8F%B7",
        "collapse=false", "q=%E8%8B%8F%E5%B7%9E&collapse=false", "zone=snd&collapse=false&sort=oldest",
    ];

    [Fact]
    public async Task EightReadersAndOneWriterForTenSecondsSeeOnlyConsistentAnswers()
    {
        // Start the host before the threads: WebApplicationFactory builds it on first use, not thread-safely,
        // and two hosts opening one new index at once would race for the directory's write lock.
        using (var warm = app.CreateClient())
        {
            (await warm.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        }

        // Ten seconds in the test run; tools/drills.sh runs the same test for a minute.
        var duration = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("NEWSSEARCH_CONCURRENCY_SECONDS"), out var seconds) ? seconds : 10);
        var clock = Stopwatch.StartNew();
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var searches = 0;
        var written = 0;

        // The duration, and on a machine too loaded to have done enough by then, on until it has (within a minute more).
        bool Running() => clock.Elapsed < duration
            || (!(Volatile.Read(ref searches) > 50 && Volatile.Read(ref written) > 0) && clock.Elapsed < duration + TimeSpan.FromMinutes(1));

        var writer = Task.Run(async () =>
        {
            using var client = app.CreateWriter();
            for (var batch = 0; Running(); batch++)
            {
                using var response = await client.PostAsync("/api/v1/articles",
                    new StringContent(SyntheticArticles.Batch("conc" + batch, 25, batch), Encoding.UTF8, "application/json"));
                if (!response.IsSuccessStatusCode)
                {
                    errors.Enqueue($"POST {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
                else
                {
                    Interlocked.Add(ref written, 25);
                }
            }
        });
        var readers = Enumerable.Range(0, 8).Select(r => Task.Run(async () =>
        {
            using var client = app.CreateClient();
            for (var i = r; Running(); i++)
            {
                var query = Queries[i % Queries.Length];
                try
                {
                    using var response = await client.GetAsync("/api/v1/search?" + query);
                    if (!response.IsSuccessStatusCode)
                    {
                        errors.Enqueue($"GET {query}: {(int)response.StatusCode}");
                        continue;
                    }

                    var result = (await response.Content.ReadFromJsonAsync<SearchResponse>(SearchJson.Indented))!;
                    Interlocked.Increment(ref searches);
                    if (Inconsistency(query, result) is { } problem)
                    {
                        errors.Enqueue(problem);
                    }

                    // Every hit is a stored article (the writer only adds, so none may vanish).
                    if (i % 5 == 0 && result.Hits.Count > 0)
                    {
                        var id = result.Hits[^1].Id;
                        using var article = await client.GetAsync("/api/v1/articles/" + Uri.EscapeDataString(id));
                        if (!article.IsSuccessStatusCode)
                        {
                            errors.Enqueue($"GET article {id} from {query}: {(int)article.StatusCode}");
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException)
                {
                    errors.Enqueue($"GET {query}: {e.Message}");
                }
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]).Within(duration + TimeSpan.FromMinutes(2), "the writer and the readers");

        output.WriteLine($"{searches} searches and {written} articles written in {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(errors.IsEmpty, $"{errors.Count} errors in {searches} searches, first: {string.Join(" | ", errors.Take(5))}");
        Assert.True(searches > 50 && written > 0, $"{searches} searches, {written} articles written");
    }

    private static string? Inconsistency(string query, SearchResponse result)
    {
        if (result.Hits.Count > result.PageSize || result.Total < result.Hits.Count)
        {
            return $"{query}: {result.Hits.Count} hits, page size {result.PageSize}, total {result.Total}";
        }

        // The year counts share the total's basis: every dated match is in exactly one year, and
        // the one undated article of the corpus (seed 004) is the only one allowed outside them.
        // Collapsed (the default), a reprint group counts in each year one of its versions has.
        var dated = result.Facets.Year.Sum(c => c.Count);
        var collapsed = !query.Contains("collapse=false", StringComparison.Ordinal);
        if ((dated > result.Total && !collapsed) || dated < result.Total - 1)
        {
            return $"{query}: year counts sum to {dated}, total {result.Total}";
        }

        // Drill-sideways: a dimension is counted without its own filter, so only unfiltered dimensions are bounded by the total.
        var dimensions = new List<(string Name, IReadOnlyList<FacetCount> Counts)> { ("country", result.Facets.Country), ("sector", result.Facets.Sector), ("year", result.Facets.Year) };
        if (!query.Contains("zone=", StringComparison.Ordinal))
        {
            dimensions.Add(("zone", result.Facets.Zone));
        }

        return dimensions.SelectMany(d => d.Counts.Select(c => (d.Name, c)))
            .Where(x => x.c.Count > result.Total || x.c.Count < 0)
            .Select(x => $"{query}: {x.Name} {x.c.Value} counts {x.c.Count} > total {result.Total}")
            .FirstOrDefault();
    }
}
