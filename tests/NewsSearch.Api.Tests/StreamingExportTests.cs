using System.Text;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Tests;

/// <summary>An export of thousands of articles arrives while the service is still reading them, and complete.</summary>
public sealed class StreamingExportTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    private const int Chunks = (GeneratedCorpus.Count + ResultSet.ChunkSize - 1) / ResultSet.ChunkSize;

    [Fact]
    public async Task TheFirstRowsArriveBeforeTheServiceHasReadTheLastArticles()
    {
        using var client = corpus.App.CreateClient();
        var before = corpus.Index.Fetches;

        using var response = await client.GetAsync("/api/v1/search/export?format=csv&sort=oldest", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        var header = await reader.ReadLineAsync();
        var first = await reader.ReadLineAsync();
        var readSoFar = corpus.Index.Fetches - before;

        Assert.Equal("id,title,published,source,url,zones,countries,sectors,score", header);
        Assert.StartsWith("gen-7-", first, StringComparison.Ordinal);
        // The response holds back at most a buffer or two: had it been built whole, all chunks would be read.
        Assert.InRange(readSoFar, 1, 2);

        var rows = 1;
        while (await reader.ReadLineAsync() is { Length: > 0 })
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
            Assert.StartsWith("{\"id\":\"gen-7-", await reader.ReadLineAsync(), StringComparison.Ordinal);
        }

        response.Dispose();
        var aborted = await finished.WaitAsync(TimeSpan.FromSeconds(30));

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
        Assert.True(ids.Count > 1_000, $"{ids.Count} hits");
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
