using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The word segmenter a Lucene.Net index records: a new index takes the setting (default smartcn),
/// searches analyze as the index was built whatever the setting says, and writes with the other
/// setting are refused with the command that rebuilds the index.
/// </summary>
public sealed class SegmenterTests : IDisposable
{
    private const string A000 = "000_69931a395751e654";
    private const string A001 = "001_3d349f3940e6cb6b";

    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-segmenter-").FullName;

    private string IndexPath => Path.Combine(_folder, "index");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(null, "smartcn")]
    [InlineData("smartcn", "smartcn")]
    [InlineData("icu", "icu")]
    public async Task ANewIndexTakesTheSettingAndHealthNamesIt(string? setting, string expected)
    {
        using var app = new SegmenterApplication(IndexPath, setting);
        using var client = app.CreateClient();

        var ready = await Json.Get(client, "/health/ready");

        Assert.Equal(expected, ready.GetProperty("index").GetProperty("segmenter").GetString());
        Assert.Equal(expected, app.Services.GetRequiredService<Analyzer>().Segmenter);
    }

    [Theory]
    [InlineData("新加坡", new[] { A000, A001 })]
    [InlineData("坡", new[] { A000, A001 })]
    [InlineData("蘇州工業園區", new[] { A000, A001 })]
    [InlineData("\"园区新加坡\"", new[] { A001 })]
    public async Task ASmartCnBuiltIndexFindsWordsSingleCharactersAndTraditionalRuns(string query, string[] expected)
    {
        using var app = new SegmenterApplication(IndexPath, WordSegmenters.SmartCn);
        using var client = app.CreateClient();

        var result = await Json.Get(client, $"/api/v1/search?q={Json.Q(query)}&pageSize=100");

        Assert.Equal(expected, Json.Ids(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchesAnalyzeAsTheIndexWasBuiltWhenTheSettingDiffers()
    {
        string[] built;
        using (var smartCn = new SegmenterApplication(IndexPath, setting: null))
        using (var client = smartCn.CreateClient())
        {
            built = Json.Ids(await Json.Get(client, $"/api/v1/search?q={Json.Q("坡 OR 苏州工业园区")}&pageSize=100"));
        }

        using var icu = new SegmenterApplication(IndexPath, WordSegmenters.Icu);
        using var reader = icu.CreateClient();
        var ready = await Json.Get(reader, "/health/ready");
        var searched = Json.Ids(await Json.Get(reader, $"/api/v1/search?q={Json.Q("坡 OR 苏州工业园区")}&pageSize=100"));

        Assert.Equal("smartcn", ready.GetProperty("index").GetProperty("segmenter").GetString());
        Assert.Equal("smartcn", icu.Services.GetRequiredService<Analyzer>().Segmenter);
        Assert.Equal(built, searched);
        Assert.Equal(["000_69931a395751e654", "001_3d349f3940e6cb6b"], searched.Order(StringComparer.Ordinal)); // the two seeds naming Singapore and SIP
    }

    [Fact]
    public async Task WritesWithTheOtherSegmenterAreRefusedWithTheRebuildCommand()
    {
        using (var smartCn = new SegmenterApplication(IndexPath, setting: null))
        using (var client = smartCn.CreateClient())
        {
            await Json.Get(client, "/health/ready");
        }

        using var icu = new SegmenterApplication(IndexPath, WordSegmenters.Icu);
        using var writer = icu.CreateWriter();
        var posted = await Json.Post(writer, "/api/v1/articles", new { id = "seg-1", body = "新加坡企业在苏州投资。" }, 409);
        var deleted = await Json.Read(await writer.DeleteAsync(new Uri($"/api/v1/articles/{A000}", UriKind.Relative)), 409);

        var detail = posted.GetProperty("detail").GetString()!;
        Assert.Contains("built with the smartcn segmenter", detail, StringComparison.Ordinal);
        Assert.Contains("adding to it with icu", detail, StringComparison.Ordinal);
        Assert.Contains($"dotnet run --project indexer/NewsSearch.Indexer -- index corpus/ --rebuild --segmenter icu --engine lucene --db {IndexPath}", detail, StringComparison.Ordinal);
        Assert.Equal(detail, deleted.GetProperty("detail").GetString());
        Assert.Equal([A000, A001], Json.Ids(await Json.Get(icu.CreateClient(), $"/api/v1/search?q={Json.Q("新加坡")}&pageSize=100")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WritesWithoutASettingFollowTheIndex()
    {
        using (var icuBuilt = new SegmenterApplication(IndexPath, WordSegmenters.Icu))
        using (var client = icuBuilt.CreateClient())
        {
            await Json.Get(client, "/health/ready");
        }

        using var app = new SegmenterApplication(IndexPath, setting: null);
        using var writer = app.CreateWriter();
        var posted = await Json.Post(writer, "/api/v1/articles", new { id = "seg-2", body = "新加坡企业在苏州投资。" });
        var ready = await Json.Get(app.CreateClient(), "/health/ready");

        Assert.Equal(1, posted.GetProperty("added").GetInt32());
        Assert.Equal("icu", ready.GetProperty("index").GetProperty("segmenter").GetString());
    }

    /// <summary>The service on a Lucene.Net index in a folder the test owns, with the segmenter setting given (null: unset).</summary>
    private sealed class SegmenterApplication(string indexPath, string? setting) : NewsSearchApplication
    {
        public override string IndexLocation => indexPath;

        protected override void ConfigureIndex(IWebHostBuilder builder)
        {
            builder.UseSetting("NewsSearch:IndexPath", indexPath);
            if (setting is not null)
            {
                builder.UseSetting("NewsSearch:Segmenter", setting);
            }
        }
    }
}
