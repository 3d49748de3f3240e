using System.Text;
using System.Text.Json;

namespace NewsSearch.Api.Tests;

/// <summary>
/// Article 001 has no title (it starts with its byline): everywhere the API names it, it carries one
/// heading taken from its own text, the same for every query, marked by headingDerived, with title left empty.
/// </summary>
public class UntitledArticleHeadingTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private const string Untitled = "001_3d349f3940e6cb6b";
    private const string Heading = "2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行";

    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("新加坡")]
    [InlineData("服务贸易")]
    [InlineData("蘇州工業園區")]
    public async Task SearchHitsGiveTheUntitledArticleOneDerivedHeadingWhateverTheQuery(string query)
    {
        var search = await Json.Get(_client, $"/api/v1/search?pageSize=100&q={Json.Q(query)}");

        var hits = search.GetProperty("hits").EnumerateArray().ToList();
        var untitled = Assert.Single(hits, h => h.GetProperty("id").GetString() == Untitled);
        AssertDerived(untitled);
        Assert.All(hits.Where(h => h.GetProperty("id").GetString() != Untitled), AssertTitled);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=%E6%96%B0%E5%8A%A0%E5%9D%A1")]
    public async Task TheArticleCarriesTheDerivedHeadingBesideItsEmptyTitle(string query)
    {
        var article = await Json.Get(_client, $"/api/v1/articles/{Untitled}{query}");

        AssertDerived(article);
        Assert.StartsWith(Heading + "。", article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATitledArticleHeadingIsItsTitleNotDerived()
    {
        AssertTitled(await Json.Get(_client, "/api/v1/articles/000_69931a395751e654"));
    }

    [Fact]
    public async Task CsvExportEndsEachRowWithTheHeadingAndTheFlag()
    {
        var text = await _client.GetStringAsync($"/api/v1/search/export?format=csv&q={Json.Q("新加坡")}");

        var lines = text.TrimStart('\uFEFF').Split("\r\n");
        Assert.EndsWith(",heading,headingDerived", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines, l => l.StartsWith(Untitled + ",", StringComparison.Ordinal));
        Assert.StartsWith(Untitled + ",,2022-11-06,", row, StringComparison.Ordinal); // the title column stays empty
        Assert.EndsWith($",\"{Heading}\",true", row, StringComparison.Ordinal); // quoted: it holds a comma
        var titled = Assert.Single(lines, l => l.StartsWith("000_69931a395751e654,", StringComparison.Ordinal));
        Assert.EndsWith(",聚焦长三角|苏州相城:打造长三角国际开放合作新引擎,false", titled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLinesExportCarriesTheHeadingAndTheFlagAfterTheOtherFields()
    {
        var bytes = await _client.GetByteArrayAsync($"/api/v1/search/export?format=jsonl&q={Json.Q("新加坡")}");

        var lines = Encoding.UTF8.GetString(bytes).TrimEnd('\n').Split('\n');
        var line = Assert.Single(lines, l => l.Contains($"\"id\":\"{Untitled}\"", StringComparison.Ordinal));
        using var row = JsonDocument.Parse(line);
        AssertDerived(row.RootElement);
        Assert.Equal(
            ["id", "title", "published", "source", "url", "zones", "countries", "sectors", "score", "heading", "headingDerived"],
            row.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task RelatedAndVersionListsCarryTheDerivedHeading()
    {
        var related = await Json.Get(_client, "/api/v1/articles/000_69931a395751e654/related?limit=20");
        var items = related.GetProperty("related").EnumerateArray().ToList();
        AssertDerived(Assert.Single(items, r => r.GetProperty("id").GetString() == Untitled));
        Assert.All(items.Where(r => r.GetProperty("id").GetString() != Untitled), AssertTitled);

        var versions = await Json.Get(_client, $"/api/v1/articles/{Untitled}/versions");
        AssertDerived(Assert.Single(versions.GetProperty("versions").EnumerateArray()));
    }

    private static void AssertDerived(JsonElement item)
    {
        Assert.Equal("", item.GetProperty("title").GetString());
        Assert.Equal(Heading, item.GetProperty("heading").GetString());
        Assert.True(item.GetProperty("headingDerived").GetBoolean());
    }

    private static void AssertTitled(JsonElement item)
    {
        Assert.NotEqual("", item.GetProperty("title").GetString());
        Assert.Equal(item.GetProperty("title").GetString(), item.GetProperty("heading").GetString());
        Assert.False(item.GetProperty("headingDerived").GetBoolean());
    }
}
