using System.Globalization;
using System.Text.Json;

namespace NewsSearch.Api.Tests;

public class TimelineEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("q=%E8%8B%8F%E5%B7%9E")]
    [InlineData("q=%E6%96%B0%E5%8A%A0%E5%9D%A1")]
    [InlineData("zone=snd")]
    [InlineData("q=%E8%8B%8F%E5%B7%9E&country=japan&from=2021-06-01&to=2021-06-30")]
    public async Task MonthCountsEqualSearchesFilteredToEachMonth(string filters)
    {
        var timeline = await Json.Get(_client, $"/api/v1/search?timeline=month&{filters}");
        var months = timeline.GetProperty("facets").GetProperty("month").EnumerateArray().ToList();

        Assert.Equal(37, months.Count);
        Assert.Equal(months.Select(Value).Order(StringComparer.Ordinal), months.Select(Value));
        var withoutDates = string.Join('&', filters.Split('&').Where(p => !p.StartsWith("from=", StringComparison.Ordinal) && !p.StartsWith("to=", StringComparison.Ordinal)));
        foreach (var month in months)
        {
            var first = DateOnly.ParseExact(Value(month) + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var range = $"from={first:yyyy-MM-dd}&to={first.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
            var filtered = await Json.Get(_client, $"/api/v1/search?pageSize=1&{range}&{withoutDates}");
            var everything = await Json.Get(_client, $"/api/v1/search?pageSize=1&{range}");

            var count = month.GetProperty("count").GetInt32();
            var total = month.GetProperty("total").GetInt32();
            Assert.Equal(filtered.GetProperty("total").GetInt32(), count);
            Assert.Equal(everything.GetProperty("total").GetInt32(), total);
            Assert.Equal(total == 0 ? 0 : (double)count / total, month.GetProperty("share").GetDouble());
        }
    }

    [Fact]
    public async Task MonthMatchingTheDateFilterIsSelected()
    {
        var timeline = await Json.Get(_client, "/api/v1/search?timeline=month&from=2021-11-01&to=2021-11-30");

        var selected = timeline.GetProperty("facets").GetProperty("month").EnumerateArray().Where(m => m.GetProperty("selected").GetBoolean());
        Assert.Equal(["2021-11"], selected.Select(Value));
    }

    [Fact]
    public async Task YearTimelineAddsTotalAndShareToTheYears()
    {
        var timeline = await Json.Get(_client, $"/api/v1/search?timeline=year&q={Json.Q("深圳")}");

        var year = Assert.Single(timeline.GetProperty("facets").GetProperty("year").EnumerateArray());
        Assert.Equal("2021", Value(year));
        Assert.Equal(1, year.GetProperty("count").GetInt32());
        Assert.Equal(2, year.GetProperty("total").GetInt32());
        Assert.Equal(0.5, year.GetProperty("share").GetDouble());
        Assert.False(timeline.GetProperty("facets").TryGetProperty("month", out _));
    }

    [Fact]
    public async Task WithoutATimelineTheResponseKeepsItsEarlierShape()
    {
        var search = await Json.Get(_client, "/api/v1/search");

        var facets = search.GetProperty("facets");
        Assert.Equal(["zone", "country", "sector", "year"], facets.EnumerateObject().Select(p => p.Name));
        Assert.All(facets.GetProperty("year").EnumerateArray(), y =>
            Assert.Equal(["value", "label", "count", "selected"], y.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task OpenApiDocumentListsTheTimelineAfterTheSearchParameters()
    {
        var document = await Json.Get(_client, "/openapi/v1.json");

        var parameters = document.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()!.ToLowerInvariant());
        Assert.Equal(["q", "zone", "country", "sector", "source", "from", "to", "sort", "collapse", "page", "pagesize", "timeline"], parameters);
    }

    [Theory]
    [InlineData("timeline=week")]
    [InlineData("timeline=1")]
    public async Task UnknownTimelineGetsA400NamingIt(string query)
    {
        var problem = await Json.Get(_client, "/api/v1/search?" + query, 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("timeline", out _), problem.ToString());
    }

    private static string Value(JsonElement facet) => facet.GetProperty("value").GetString()!;
}
