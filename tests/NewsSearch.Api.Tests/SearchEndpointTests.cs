using System.Text.Json;

namespace NewsSearch.Api.Tests;

// Expected hits come from reading the five articles in corpus/ (000 Xiangcheng and Japan, 001 SIP
// and Singapore in Traditional script, 002 SND and Shanghai, 003 SND and Shenzhen, 004 Xiangcheng EDZ).
public class SearchEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private const string A000 = "000_69931a395751e654";
    private const string A001 = "001_3d349f3940e6cb6b";
    private const string A002 = "002_8701b1438f67845e";
    private const string A003 = "003_cff4dd02faf2c418";
    private const string A004 = "004_5e5fe67579d06bab";

    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("新加坡", new[] { A000, A001 })]
    [InlineData("蘇州", new[] { A000, A001, A002, A003, A004 })]
    [InlineData("LEED", new[] { A001 })]
    [InlineData("leed*", new[] { A001 })]
    [InlineData("5G", new[] { A002 })]
    [InlineData("ＡＩ", new[] { A001, A004 })]
    [InlineData("深圳", new[] { A003 })]
    [InlineData("坡", new[] { A000, A001 })]
    [InlineData("\"中新合作\"", new[] { A001 })]
    [InlineData("\"园区新加坡\"", new[] { A001 })]
    [InlineData("服务贸易", new[] { A001 })]
    [InlineData("区块链", new[] { A001, A002, A003 })]
    [InlineData("新加坡 -日本", new[] { A001 })]
    [InlineData("新加坡 NOT 日本", new[] { A001 })]
    [InlineData("新加坡 OR 深圳", new[] { A000, A001, A003 })]
    [InlineData("上海 深圳", new string[0])]
    [InlineData("title:相城", new[] { A000, A004 })]
    [InlineData("source:国际商报", new[] { A003 })]
    [InlineData("(日本 OR 新加坡) 智能制造", new[] { A000 })]
    public async Task SearchFindsExactlyTheArticlesThatContainTheQuery(string query, string[] expected)
    {
        var result = await Json.Get(_client, $"/api/v1/search?q={Json.Q(query)}&pageSize=100");

        Assert.Equal(expected.Order(), Json.Ids(result).Order());
        Assert.Equal(expected.Length, result.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SimplifiedQueryHighlightsTraditionalTextInItsOwnScript()
    {
        var result = await Json.Get(_client, $"/api/v1/search?q={Json.Q("苏州工业园区")}&pageSize=100");

        var hit = result.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == A001);
        Assert.Contains("<mark>蘇州工業園區</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("苏州工业园区", result.GetProperty("query").GetString());
    }

    [Fact]
    public async Task ARunTypedWithoutSpacesMustAppearTogether()
    {
        var together = await Json.Get(_client, $"/api/v1/search?q={Json.Q("苏州工业园区")}&pageSize=100");
        var apart = await Json.Get(_client, $"/api/v1/search?q={Json.Q("苏州 工业 园区")}&pageSize=100");

        // Only 000 and 001 contain 苏州工业园区; all five have 苏州, 工业 and 园区 somewhere.
        Assert.Equal([A000, A001], Json.Ids(together).Order());
        Assert.Equal(5, apart.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("苏州")]
    [InlineData("园区")]
    [InlineData("坡")]
    public async Task EveryMatchScoresAboveZeroAndEqualScoresGoNewestFirst(string q)
    {
        var hits = (await Json.Get(_client, $"/api/v1/search?q={Json.Q(q)}&pageSize=100")).GetProperty("hits").EnumerateArray()
            .Select(h => (Id: h.GetProperty("id").GetString(), Score: h.GetProperty("score").GetDouble(), Published: h.GetProperty("published").GetString() ?? "")).ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(h.Score > 0, $"{h.Id} scored {h.Score}"));
        for (var i = 1; i < hits.Count; i++)
        {
            var (before, after) = (hits[i - 1], hits[i]);
            Assert.True(before.Score > after.Score || (before.Score == after.Score && string.CompareOrdinal(before.Published, after.Published) >= 0),
                $"{before.Id} ({before.Score}, {before.Published}) before {after.Id} ({after.Score}, {after.Published})");
        }
    }

    [Fact]
    public async Task EmptyQueryBrowsesNewestFirstWithUndatedLast()
    {
        var result = await Json.Get(_client, "/api/v1/search");

        Assert.Equal([A001, A003, A002, A000, A004], Json.Ids(result));
        Assert.Equal("", result.GetProperty("query").GetString());
    }

    [Fact]
    public async Task OldestSortPutsUndatedArticlesLast()
    {
        var result = await Json.Get(_client, "/api/v1/search?sort=oldest");

        Assert.Equal([A000, A002, A003, A001, A004], Json.Ids(result));
    }

    [Fact]
    public async Task PagesCoverEveryHitOnce()
    {
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await Json.Get(_client, $"/api/v1/search?pageSize=2&page={page}");
            Assert.Equal(5, result.GetProperty("total").GetInt32());
            pages.AddRange(Json.Ids(result));
        }

        Assert.Equal([A001, A003, A002, A000, A004], pages);
        Assert.Empty(Json.Ids(await Json.Get(_client, "/api/v1/search?pageSize=2&page=4")));
    }

    [Theory]
    [InlineData("from=2021-06-07&to=2021-11-05", new[] { A003, A002 })]
    [InlineData("from=2021-06-08", new[] { A001, A003 })]
    [InlineData("to=2019-11-17", new[] { A000 })]
    [InlineData("from=2023-01-01", new string[0])]
    public async Task DateFiltersAreInclusiveAndSkipUndatedArticles(string filter, string[] expected)
    {
        var result = await Json.Get(_client, $"/api/v1/search?{filter}");

        Assert.Equal(expected, Json.Ids(result));
    }

    [Fact]
    public async Task FacetTotalsEqualTheTagsOfTheArticles()
    {
        var expected = new Dictionary<string, Dictionary<string, int>> { ["zone"] = [], ["country"] = [], ["sector"] = [] };
        foreach (var id in new[] { A000, A001, A002, A003, A004 })
        {
            var article = await Json.Get(_client, $"/api/v1/articles/{id}");
            foreach (var (dimension, property) in new[] { ("zone", "zones"), ("country", "countries"), ("sector", "sectors") })
            {
                foreach (var tag in article.GetProperty(property).EnumerateArray())
                {
                    var value = tag.GetProperty("value").GetString()!;
                    expected[dimension][value] = expected[dimension].GetValueOrDefault(value) + 1;
                }
            }
        }

        var browse = await Json.Get(_client, "/api/v1/search");
        foreach (var dimension in expected.Keys)
        {
            Assert.Equal(expected[dimension].OrderBy(p => p.Key), Counts(browse, dimension).OrderBy(p => p.Key));
        }

        Assert.Equal(new Dictionary<string, int> { ["2022"] = 1, ["2021"] = 2, ["2019"] = 1 }, Counts(browse, "year"));
    }

    [Fact]
    public async Task TickingAZoneKeepsTheOtherZonesCountsAndNarrowsTheOtherDimensions()
    {
        var all = await Json.Get(_client, "/api/v1/search");
        var ticked = await Json.Get(_client, "/api/v1/search?zone=xiangcheng");

        Assert.Equal([A000, A004], Json.Ids(ticked));
        Assert.Equal(Counts(all, "zone"), Counts(ticked, "zone"));
        Assert.True(ticked.GetProperty("facets").GetProperty("zone").EnumerateArray()
            .Single(f => f.GetProperty("value").GetString() == "xiangcheng").GetProperty("selected").GetBoolean());
        Assert.Equal(new Dictionary<string, int> { ["japan"] = 1 }, Counts(ticked, "country"));
        Assert.Equal(new Dictionary<string, int> { ["2019"] = 1 }, Counts(ticked, "year"));
    }

    [Fact]
    public async Task ValuesOfOneDimensionAreOredAndDimensionsAreAnded()
    {
        var either = await Json.Get(_client, "/api/v1/search?zone=xiangcheng&zone=sip");
        var both = await Json.Get(_client, "/api/v1/search?zone=xiangcheng&zone=sip&country=singapore");

        Assert.Equal([A001, A000, A004], Json.Ids(either));
        Assert.Equal([A001], Json.Ids(both));
    }

    private static Dictionary<string, int> Counts(JsonElement search, string dimension) =>
        search.GetProperty("facets").GetProperty(dimension).EnumerateArray()
            .Where(f => f.GetProperty("count").GetInt32() > 0)
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
}
