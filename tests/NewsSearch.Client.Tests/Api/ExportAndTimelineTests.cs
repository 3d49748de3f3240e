using System.Diagnostics;
using System.Text;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Client.Tests.Api;

/// <summary>Exports and timelines through the client against the real service, and the CLI's export of the same index.</summary>
public sealed class ExportAndTimelineTests
{
    private const int Articles = 30;
    private static readonly TimeSpan IndexerLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan OutputLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ExportReturnsEveryHitInSearchOrderAndTheCliWritesTheSameBytes()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = ApiProcess.ApiKey);
        await using var _ = services;
        await client.UpsertArticlesAsync(GeneratedArticles.Range(Articles));
        var query = new SearchQuery { Text = "发展简报", Sort = SearchSort.Oldest };

        var page = await client.SearchAsync(query with { PageSize = 100 });
        byte[] csv;
        await using (var stream = await client.ExportAsync(query))
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy).Within(OutputLimit, "the export's body");
            csv = copy.ToArray();
        }

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.Equal("id,title,published,source,url,zones,countries,sectors,score,heading,headingDerived", lines[0]);
        Assert.Equal(page.Hits.Select(h => h.Id), lines[1..^1].Select(l => l.Split(',')[0]));
        Assert.Equal(Articles, page.Total);

        var cli = await IndexerStdoutAsync("search", "发展简报", "--sort", "Oldest", "--export", "csv", "--engine", "lucene", "--db", api.IndexPath);
        Assert.Equal(csv, cli);
    }

    [Fact]
    public async Task MonthTimelineCountsEveryDatedArticleOnce()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = ApiProcess.ApiKey);
        await using var _ = services;
        await client.UpsertArticlesAsync(GeneratedArticles.Range(Articles));

        var results = await client.SearchAsync(new SearchQuery { Timeline = SearchTimeline.Month, PageSize = 1 });
        var plain = await client.SearchAsync(new SearchQuery { PageSize = 1 });

        var months = results.Facets.Month!;
        Assert.Null(plain.Facets.Month);
        Assert.Equal(Articles, months.Sum(m => m.Count));
        var expected = GeneratedArticles.Range(Articles).GroupBy(a => a.Published!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected, months.Where(m => m.Count > 0).ToDictionary(m => m.Value, m => m.Count));
        Assert.All(months, m => Assert.Equal((m.Count, m.Count > 0 ? 1.0 : 0.0), (m.Total!.Value, m.Share!.Value)));
    }

    private static async Task<byte[]> IndexerStdoutAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ApiProcess.BuiltAssembly("IndexerAssembly"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var what = "indexer " + string.Join(' ', arguments);
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        var copied = process.StandardOutput.BaseStream.CopyToAsync(output);
        await Bounded.WaitForExitAsync(process, IndexerLimit, what);
        await copied.Within(OutputLimit, $"the output of {what}");
        Assert.True(process.ExitCode == 0, await error.Within(OutputLimit, $"the errors of {what}"));
        return output.ToArray();
    }
}
