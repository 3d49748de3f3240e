using System.Text;
using NewsSearch.Core.Search;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Api.Tests;

/// <summary>An export of thousands of articles arrives while the service is still reading them, and complete.</summary>
public sealed class StreamingExportTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    private const int Chunks = (GeneratedCorpus.Count + ResultSet.ChunkSize - 1) / ResultSet.ChunkSize;

    // How long the first rows may take to arrive while reads are held; longer means they were held back too.
    private static readonly TimeSpan HeldDeadline = TimeSpan.FromSeconds(30);
    // A streamed body is read after the client's own timeout has ended with the headers.
    private static readonly TimeSpan LineLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TheFirstRowsArriveBeforeTheServiceHasReadTheLastArticles()
    {
        using var client = corpus.App.CreateClient();
        var before = corpus.Index.Fetches;

        // The service may read two chunks (a buffer or two held back), then waits for the test: the first
        // rows must arrive while it waits, as they could not had the response been built whole. (Counting
        // reads when the first row arrived raced the service's read-ahead against the test instead.)
        using var hold = corpus.Index.HoldFetchesAfter(2);
        using var response = await WhileHeld(client.GetAsync("/api/v1/search/export?format=csv&sort=oldest", HttpCompletionOption.ResponseHeadersRead));
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        var header = await WhileHeld(reader.ReadLineAsync());
        var first = await WhileHeld(reader.ReadLineAsync());
        hold.Dispose();

        Assert.Equal("id,title,published,source,url,zones,countries,sectors,score,heading,headingDerived", header);
        Assert.StartsWith("gen-7-", first, StringComparison.Ordinal);

        var rows = 1;
        while (await reader.ReadLineAsync().Within(LineLimit, $"row {rows + 1} of the export") is { Length: > 0 })
        {
            rows++;
        }

        Assert.Equal(GeneratedCorpus.Count, rows);
        Assert.Equal(Chunks, corpus.Index.Fetches - before);
    }

    [Fact]
    public async Task AClientThatGoesAwayStopsTheExport()
    {
        using var client = corpus.App.CreateClient();
        var before = corpus.Index.Fetches;
        var finished = corpus.Exports.Next();

        var response = await client.GetAsync("/api/v1/search/export?format=jsonl", HttpCompletionOption.ResponseHeadersRead);
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync()))
        {
            Assert.StartsWith("{\"id\":\"gen-7-", await reader.ReadLineAsync().Within(LineLimit, "the export's first line"), StringComparison.Ordinal);
        }

        response.Dispose();
        var aborted = await finished.Within(TimeSpan.FromSeconds(30), "the service's end of the abandoned export");

        Assert.True(aborted);
        Assert.InRange(corpus.Index.Fetches - before, 1, Chunks - 1);
    }

    [Fact]
    public async Task JsonLinesExportOfEveryArticleHasOneLineEach()
    {
        using var client = corpus.App.CreateClient();

        var text = await client.GetStringAsync("/api/v1/search/export?format=jsonl&q=" + Uri.EscapeDataString("苏州"));
        var search = await Json.Get(client, "/api/v1/search?pageSize=1&q=" + Uri.EscapeDataString("苏州"));

        var ids = text.TrimEnd('\n').Split('\n').Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(search.GetProperty("total").GetInt32(), ids.Count);
        Assert.Equal(GeneratedCorpus.Count, ids.Count); // every generated article (seed 7) mentions 苏州
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static async Task<T> WhileHeld<T>(Task<T> arriving)
    {
        try
        {
            return await arriving.WaitAsync(HeldDeadline);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The first rows did not arrive in {HeldDeadline.TotalSeconds} s while the service was held after reading two chunks.");
            throw;
        }
    }
}
