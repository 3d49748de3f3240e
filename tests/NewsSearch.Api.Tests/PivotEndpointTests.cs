using System.Text.Json;

namespace NewsSearch.Api.Tests;

// Every cell is checked against GET /api/v1/search filtered by both of its values.
public class PivotEndpointTests(NewsSearchApplication app) : IClassFixture<NewsSearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    // The last three numbers are the row values, column values and non-empty cells the five seeds give
    // (since #17 also shishan in 003 and the sectors robotics, automotive, real-estate and modern-services).
    [Theory]
    [InlineData("q=" + "%E8%8B%8F%E5%B7%9E", "zone", "country", 10, 2, 10)]
    [InlineData("", "zone", "sector", 10, 24, 137)]
    [InlineData("q=%E6%96%B0%E5%8A%A0%E5%9D%A1%20OR%20%E6%B7%B1%E5%9C%B3&sector=finance", "country", "zone", 2, 10, 10)]
    [InlineData("from=2021-01-01&to=2022-12-31", "sector", "country", 19, 2, 27)]
    public async Task EveryPivotCellEqualsTheTotalOfTheSearchFilteredByBothValues(string search, string rows, string cols, int rowCount, int colCount, int cellCount)
    {
        var pivot = await Json.Get(_client, $"/api/v1/search/pivot?rows={rows}&cols={cols}&{search}");
        var all = await Json.Get(_client, $"/api/v1/search?{search}");

        Assert.Equal(rows, pivot.GetProperty("rows").GetString());
        Assert.Equal(cols, pivot.GetProperty("cols").GetString());
        Assert.Equal(all.GetProperty("total").GetInt32(), pivot.GetProperty("total").GetInt32());
        Assert.Equal(all.GetProperty("query").GetString(), pivot.GetProperty("query").GetString());
        var cells = pivot.GetProperty("cells").EnumerateArray()
            .ToDictionary(c => (c.GetProperty("row").GetString()!, c.GetProperty("col").GetString()!), c => c.GetProperty("count").GetInt32());
        Assert.Equal((rowCount, colCount, cellCount), (Values(pivot, "rowValues").Length, Values(pivot, "colValues").Length, cells.Count));
        var nonEmpty = 0;
        foreach (var row in Values(pivot, "rowValues"))
        {
            var rowTotal = await Json.Get(_client, $"/api/v1/search?{search}&{rows}={row}&pageSize=1");
            Assert.Equal(rowTotal.GetProperty("total").GetInt32(), Count(pivot, "rowValues", row));
            foreach (var col in Values(pivot, "colValues"))
            {
                var filtered = await Json.Get(_client, $"/api/v1/search?{search}&{rows}={row}&{cols}={col}&pageSize=1");
                Assert.True(filtered.GetProperty("total").GetInt32() == cells.GetValueOrDefault((row, col)), $"cell {row} × {col}");
                nonEmpty += filtered.GetProperty("total").GetInt32() > 0 ? 1 : 0;
            }
        }

        // Every cell the pivot lists is one of those checked: none empty, none outside the axes' values.
        Assert.Equal(nonEmpty, cells.Count);
    }

    [Fact]
    public async Task DefaultAxesAreZoneByCountryAndYearsComeInDateOrder()
    {
        var pivot = await Json.Get(_client, "/api/v1/search/pivot");
        var years = await Json.Get(_client, "/api/v1/search/pivot?rows=year&cols=zone");

        Assert.Equal(("zone", "country"), (pivot.GetProperty("rows").GetString(), pivot.GetProperty("cols").GetString()));
        Assert.Equal(["2019", "2021", "2022"], Values(years, "rowValues"));
        Assert.Equal(JsonValueKind.Null, years.GetProperty("rowValues")[0].GetProperty("labelEn").ValueKind);
        var sip = pivot.GetProperty("rowValues").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "sip");
        Assert.Equal(("苏州工业园区", "Suzhou Industrial Park"), (sip.GetProperty("label").GetString(), sip.GetProperty("labelEn").GetString()));
    }

    [Theory]
    [InlineData("rows=zone&cols=zone", "cols")]
    [InlineData("rows=country", "cols")]
    [InlineData("rows=source", "rows")]
    [InlineData("cols=%22%3B%20DROP%20TABLE%20article", "cols")]
    [InlineData("zone=atlantis", "zone")]
    [InlineData("from=2022-01-01&to=2021-01-01", "from")]
    public async Task InvalidPivotParametersGetA400NamingTheParameter(string query, string parameter)
    {
        var problem = await Json.Get(_client, "/api/v1/search/pivot?" + query, 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    // Every seed names 苏州; none holds the literal words near or bodywords.
    [Theory]
    [InlineData("\"苏州", 5)]
    [InlineData("NEAR(苏州 日本)", 0)]
    [InlineData("{body_words} : 苏州", 0)]
    [InlineData("苏州 AND (", 5)]
    [InlineData("-苏州", 0)]
    [InlineData("\0", 5)]
    public async Task HostileQueriesGetAPivotNeverA500(string query, int total)
    {
        var pivot = await Json.Get(_client, $"/api/v1/search/pivot?q={Json.Q(query)}");
        var search = await Json.Get(_client, $"/api/v1/search?q={Json.Q(query)}");

        Assert.Equal((total, total), (search.GetProperty("total").GetInt32(), pivot.GetProperty("total").GetInt32()));
    }

    private static string[] Values(JsonElement pivot, string axis) =>
        [.. pivot.GetProperty(axis).EnumerateArray().Select(v => v.GetProperty("value").GetString()!)];

    private static int Count(JsonElement pivot, string axis, string value) =>
        pivot.GetProperty(axis).EnumerateArray().Single(v => v.GetProperty("value").GetString() == value).GetProperty("count").GetInt32();
}
