using NewsSearch.Core.Search;
using static NewsSearch.Core.Tests.Search.SeedIndexFixture;

namespace NewsSearch.Core.Tests.Search;

/// <summary>
/// Timelines over the five seeds, dated 2019-11-17 (000), 2022-11-06 (001), 2021-06-07 (002),
/// 2021-11-05 (003) and undated (004): 37 months from 2019-11 to 2022-11, four of them with one article.
/// </summary>
public class SearchServiceTimelineTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly Dictionary<string, int> Totals = new() { ["2019-11"] = 1, ["2021-06"] = 1, ["2021-11"] = 1, ["2022-11"] = 1 };

    [Fact]
    public void Search_NoTimeline_LeavesMonthOutAndYearsWithoutShares()
    {
        var facets = seeds.Service.Search(new SearchRequest()).Facets;

        Assert.Null(facets.Month);
        Assert.All(facets.Year, y => Assert.True(y.Total is null && y.Share is null));
    }

    [Fact]
    public void Search_MonthTimelineBrowsing_ListsEveryMonthOfTheSpanWithExactCounts()
    {
        var months = seeds.Service.Search(new SearchRequest { Timeline = SearchTimeline.Month }).Facets.Month!;

        Assert.Equal(37, months.Count);
        Assert.Equal("2019-11", months[0].Value);
        Assert.Equal("2022-11", months[^1].Value);
        Assert.Equal(months.Select(m => m.Value).Order(StringComparer.Ordinal), months.Select(m => m.Value));
        Assert.Equal(Totals, months.Where(m => m.Count > 0).ToDictionary(m => m.Value, m => m.Count));
        Assert.Equal(Totals, months.Where(m => m.Total > 0).ToDictionary(m => m.Value, m => m.Total!.Value));
        Assert.All(months, m => Assert.Equal(m.Total > 0 ? 1.0 : 0.0, m.Share));
    }

    [Fact]
    public void Search_MonthTimelineWithQuery_CountsMatchesAgainstTheWholeIndex()
    {
        // 新加坡 is in 000 (2019-11) and 001 (2022-11) only.
        var months = seeds.Service.Search(new SearchRequest { Query = "新加坡", Timeline = SearchTimeline.Month }).Facets.Month!;

        Assert.Equal(new Dictionary<string, int> { ["2019-11"] = 1, ["2022-11"] = 1 }, months.Where(m => m.Count > 0).ToDictionary(m => m.Value, m => m.Count));
        var june = Assert.Single(months, m => m.Value == "2021-06");
        Assert.Equal((0, 1, 0.0), (june.Count, june.Total!.Value, june.Share!.Value));
    }

    [Fact]
    public void Search_MonthTimelineWithZoneAndDates_AppliesTheZoneButNotTheDates()
    {
        var request = new SearchRequest
        {
            Zones = ["snd"],
            From = new DateOnly(2021, 6, 1),
            To = new DateOnly(2021, 6, 30),
            Timeline = SearchTimeline.Month,
        };

        var response = seeds.Service.Search(request);

        Assert.Equal([Snd2021June], response.Hits.Select(h => h.Id));
        var months = response.Facets.Month!;
        Assert.Equal(new Dictionary<string, int> { ["2021-06"] = 1, ["2021-11"] = 1 }, months.Where(m => m.Count > 0).ToDictionary(m => m.Value, m => m.Count));
        Assert.Equal(["2021-06"], months.Where(m => m.Selected).Select(m => m.Value));
    }

    [Fact]
    public void Search_YearTimeline_AddsTotalAndShareToEachYear()
    {
        var years = seeds.Service.Search(new SearchRequest { Query = "深圳", Timeline = SearchTimeline.Year }).Facets.Year;

        var year = Assert.Single(years);
        Assert.Equal(("2021", 1, 2, 0.5), (year.Value, year.Count, year.Total!.Value, year.Share!.Value));
    }
}
