using NewsSearch.Core.Analysis;

namespace NewsSearch.Api.Tests;

// Its own service (a class fixture per class), so the reprints posted here never change other classes' counts;
// on ICU word break, as the reprint tests whose signatures these reprints share.
public class TrendsWithReprintsTests : IClassFixture<IcuNewsSearchApplication>
{
    private const string Original = "002_8701b1438f67845e"; // 2021-06-07, the only seed that mentions 5G

    private readonly NewsSearchApplication _app;
    private readonly HttpClient _client;

    public TrendsWithReprintsTests(IcuNewsSearchApplication app)
    {
        _app = app;
        _client = app.CreateClient();
    }

    [Theory]
    [InlineData("", 1, 1, 1)]
    [InlineData("&collapse=false", 2, 1, 3)]
    public async Task AStoryCountsOncePerPeriodWhenCollapsedAsTheSearchCountsIt(string collapse, int june, int july, int total)
    {
        await PostReprints();

        var trends = await Json.Get(_client, $"/api/v1/trends?q=5G&q={Json.Q("苏州高新区")}{collapse}");

        var story = trends.GetProperty("series")[0];
        var counts = story.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("period").GetString()!, p => p.GetProperty("count").GetInt32());
        Assert.Equal((june, july), (counts["2021-06"], counts["2021-07"]));
        Assert.Equal(total, story.GetProperty("total").GetInt32());
        foreach (var (month, to) in new[] { ("2021-06", "2021-06-30"), ("2021-07", "2021-07-31") })
        {
            var search = await Json.Get(_client, $"/api/v1/search?q=5G&from={month}-01&to={to}{collapse}");
            Assert.Equal(search.GetProperty("total").GetInt32(), counts[month]);
        }
    }

    private async Task PostReprints()
    {
        var original = await Json.Get(_client, $"/api/v1/articles/{Original}");
        string Field(string name) => original.GetProperty(name).GetString()!;
        using var script = new ChineseScriptConverter();
        var traditional = new
        {
            id = "tw-trend-reprint", url = "https://tw.example.org/t1.html", title = script.ToTraditional(Field("title")),
            published = Field("published"), source = "聯合早報", author = "", body = script.ToTraditional(Field("body")),
        };
        var nextMonth = new
        {
            id = "july-trend-reprint", url = "https://people.example.org/t2.html", title = "转载｜" + Field("title"),
            published = "2021-07-08", source = "人民网", author = "",
            body = $"来源：{Field("source")}\n\n{Field("body")}\n\n责任编辑：王静\n\n相关阅读：\n\n相城区新闻",
        };
        using var writer = _app.CreateWriter();
        var result = await Json.Post(writer, "/api/v1/articles", new object[] { traditional, nextMonth });
        Assert.Empty(result.GetProperty("skipped").EnumerateArray());
        var versions = await Json.Get(_client, $"/api/v1/articles/{Original}/versions");
        Assert.Equal(3, versions.GetProperty("versions").GetArrayLength());
    }
}
