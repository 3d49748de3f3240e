using System.Text.Json;
using NewsSearch.Core.Analysis;

namespace NewsSearch.Api.Tests;

// Its own service instance (a class fixture is per class), so the two reprints posted here never
// change the exact counts other classes expect from the five seeds.
// On ICU word break, as the reprint signatures the expectations were checked with.
public class ReprintEndpointTests : IClassFixture<IcuNewsSearchApplication>
{
    private const string Original = "002_8701b1438f67845e"; // the only seed that mentions 5G
    private static readonly string[] Versions = [Original, "tw-reprint", "people-reprint"];

    private readonly NewsSearchApplication _app;
    private readonly HttpClient _client;

    public ReprintEndpointTests(IcuNewsSearchApplication app)
        : this((NewsSearchApplication)app)
    {
    }

    protected ReprintEndpointTests(NewsSearchApplication app)
    {
        _app = app;
        _client = app.CreateClient();
    }

    [Fact]
    public async Task CollapsedSearchShowsOneHitPerStoryWithItsVersions()
    {
        await PostReprints();

        var result = await Json.Get(_client, "/api/v1/search?q=5G&collapse=true");

        Assert.Equal(1, result.GetProperty("total").GetInt32());
        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray());
        Assert.Contains(hit.GetProperty("id").GetString(), Versions);
        Assert.Equal(3, hit.GetProperty("versions").GetInt32());
        var byDefault = await Json.Get(_client, "/api/v1/search?q=5G");
        Assert.Equal(1, byDefault.GetProperty("total").GetInt32());
        Assert.Equal(hit.GetProperty("group").GetString(), byDefault.GetProperty("hits")[0].GetProperty("group").GetString());
    }

    [Fact]
    public async Task UncollapsedSearchShowsEveryVersion()
    {
        await PostReprints();

        var result = await Json.Get(_client, "/api/v1/search?q=5G&collapse=false");

        Assert.Equal(3, result.GetProperty("total").GetInt32());
        Assert.Equal(Versions.Order(), Json.Ids(result).Order());
        Assert.Single(result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("group").GetString()).Distinct());
    }

    [Fact]
    public async Task FacetsCountStoriesWhenCollapsedAndArticlesOtherwise()
    {
        await PostReprints();
        var tags = new Dictionary<string, int>();
        foreach (var id in Versions)
        {
            var article = await Json.Get(_client, $"/api/v1/articles/{id}");
            foreach (var value in new[] { "zones", "countries", "sectors" }.SelectMany(d => article.GetProperty(d).EnumerateArray()))
            {
                tags[value.GetProperty("value").GetString()!] = tags.GetValueOrDefault(value.GetProperty("value").GetString()!) + 1;
            }
        }

        var collapsed = Facets(await Json.Get(_client, "/api/v1/search?q=5G&collapse=true"));
        var articles = Facets(await Json.Get(_client, "/api/v1/search?q=5G&collapse=false"));

        Assert.Equal(tags.Keys.Append("2021").Order(), collapsed.Keys.Order());
        Assert.All(collapsed.Values, count => Assert.Equal(1, count));
        Assert.Equal(tags.Append(new("2021", 3)).OrderBy(t => t.Key), articles.OrderBy(t => t.Key));
    }

    [Fact]
    public async Task VersionsEndpointListsEveryVersionOfTheStory()
    {
        await PostReprints();

        var group = await Json.Get(_client, "/api/v1/articles/tw-reprint/versions");
        var article = await Json.Get(_client, $"/api/v1/articles/{Original}");

        Assert.Equal(Versions.Order(), group.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetString()).Order());
        Assert.Equal(Original, group.GetProperty("versions")[0].GetProperty("id").GetString()); // oldest first
        Assert.Equal("人民网", group.GetProperty("versions")[2].GetProperty("source").GetString());
        Assert.Equal(3, article.GetProperty("versions").GetInt32());
        Assert.Equal(group.GetProperty("group").GetString(), article.GetProperty("group").GetString());
        var lone = await Json.Get(_client, "/api/v1/articles/000_69931a395751e654/versions");
        Assert.Single(lone.GetProperty("versions").EnumerateArray());
        await Json.Get(_client, "/api/v1/articles/no-such-article/versions", status: 404);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public async Task ACollapseThatIsNotTrueOrFalseIsABadRequestNamingIt(string value)
    {
        var problem = await Json.Get(_client, $"/api/v1/search?q=5G&collapse={value}", status: 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("collapse", out _), problem.ToString());
    }

    [Fact]
    public async Task AnEmptyCollapseIsTheDefaultOneHitPerStory()
    {
        await PostReprints();

        var empty = await Json.Get(_client, "/api/v1/search?q=5G&collapse=");

        Assert.Equal(1, empty.GetProperty("total").GetInt32());
        Assert.Equal(3, Assert.Single(empty.GetProperty("hits").EnumerateArray()).GetProperty("versions").GetInt32());
    }

    [Fact]
    public async Task ExportListsOneRowPerStoryWhenCollapsedAndEveryVersionOtherwise()
    {
        await PostReprints();

        var collapsed = await ExportedIds("/api/v1/search/export?format=csv&q=5G");
        var everyVersion = await ExportedIds("/api/v1/search/export?format=csv&q=5G&collapse=false");

        Assert.Equal(Json.Ids(await Json.Get(_client, "/api/v1/search?q=5G")), collapsed);
        Assert.Equal(Versions.Order(), everyVersion.Order());
    }

    [Fact]
    public async Task PivotCountsStoriesWhenCollapsedLikeTheSearchTotals()
    {
        await PostReprints();

        foreach (var collapse in new[] { "true", "false" })
        {
            var pivot = await Json.Get(_client, $"/api/v1/search/pivot?q=5G&rows=zone&cols=year&collapse={collapse}");
            var search = await Json.Get(_client, $"/api/v1/search?q=5G&collapse={collapse}");
            Assert.Equal(search.GetProperty("total").GetInt32(), pivot.GetProperty("total").GetInt32());
            foreach (var cell in pivot.GetProperty("cells").EnumerateArray())
            {
                var (zone, year) = (cell.GetProperty("row").GetString(), cell.GetProperty("col").GetString());
                var filtered = await Json.Get(_client, $"/api/v1/search?q=5G&collapse={collapse}&zone={zone}&from={year}-01-01&to={year}-12-31");
                Assert.Equal(filtered.GetProperty("total").GetInt32(), cell.GetProperty("count").GetInt32());
            }
        }

        Assert.Equal(1, (await Json.Get(_client, "/api/v1/search/pivot?q=5G&rows=zone&cols=year")).GetProperty("total").GetInt32());
        await Json.Get(_client, "/api/v1/search/pivot?q=5G&collapse=maybe", status: 400);
    }

    [Fact]
    public async Task RelatedArticlesLeaveOutTheArticlesOwnReprints()
    {
        await PostReprints();

        var related = await Json.Get(_client, $"/api/v1/articles/{Original}/related?limit=4");
        var fromReprint = await Json.Get(_client, "/api/v1/articles/tw-reprint/related?limit=4");

        // Neither list holds a version of the story, and a reprint finds what its original finds.
        // With three versions of the story in the index, only two seeds share one of its distinctive
        // words: 003 (研究院) and 001 (走出去).
        string[] expected = ["003_cff4dd02faf2c418", "001_3d349f3940e6cb6b"];
        Assert.Equal(expected, related.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(expected, fromReprint.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    private async Task<List<string>> ExportedIds(string url)
    {
        var csv = await _client.GetStringAsync(url);
        return csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]).ToList();
    }

    private async Task PostReprints()
    {
        var original = await Json.Get(_client, $"/api/v1/articles/{Original}");
        string Field(string name) => original.GetProperty(name).GetString()!;
        using var script = new ChineseScriptConverter();
        var traditional = new
        {
            id = "tw-reprint", url = "https://tw.example.org/1.html", title = script.ToTraditional(Field("title")),
            published = Field("published"), source = "聯合早報", author = "", body = script.ToTraditional(Field("body")),
        };
        var refurnished = new
        {
            id = "people-reprint", url = "https://people.example.org/2.html", title = "转载｜" + Field("title"),
            published = DateOnly.Parse(Field("published"), System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            source = "人民网", author = "",
            body = $"来源：{Field("source")}\n\n{Field("body")}\n\n责任编辑：王静\n\n相关阅读：\n\n相城区新闻",
        };
        using var writer = _app.CreateWriter();
        var result = await Json.Post(writer, "/api/v1/articles", new object[] { traditional, refurnished });
        Assert.Empty(result.GetProperty("skipped").EnumerateArray());
    }

    private static Dictionary<string, int> Facets(JsonElement search) => search.GetProperty("facets").EnumerateObject()
        .SelectMany(d => d.Value.EnumerateArray())
        .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
}
