using System.Net;
using NewsSearch.Client.Articles;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Client.Trends;

namespace NewsSearch.Client.Tests.Api;

public sealed class TrendsRoundTripTests
{
    private static readonly ArticleInput[] Articles =
    [
        new("sip-a", null, "苏州工业园区与新加坡深化合作", new DateOnly(2023, 4, 12), "苏州日报", "", "苏州工业园区与新加坡企业签署协议。"),
        new("sip-b", null, "新加坡企业落户苏州工业园区", new DateOnly(2024, 5, 1), "苏州日报", "", "又一批新加坡企业落户苏州工业园区。"),
        new("xc-c", null, "相城区举办日本智能制造交流会", new DateOnly(2024, 6, 3), "相城日报", "", "相城区与日本企业举行智能制造交流会。"),
    ];

    [Fact]
    public async Task TrendsRoundTripWithTheSeriesInTheOrderAsked()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = ApiProcess.ApiKey);
        await using var _ = services;
        await client.UpsertArticlesAsync(Articles);

        var years = await client.GetTrendsAsync(["日本", "新加坡"], interval: TrendInterval.Year);

        Assert.Equal(TrendInterval.Year, years.Interval);
        Assert.Equal(["2023", "2024"], years.Periods);
        Assert.Equal(["日本", "新加坡"], years.Series.Select(s => s.Q));
        Assert.Equal([new TrendPoint("2023", 0, 1, 0), new TrendPoint("2024", 1, 2, 0.5)], years.Series[0].Points);
        Assert.Equal([new TrendPoint("2023", 1, 1, 1), new TrendPoint("2024", 1, 2, 0.5)], years.Series[1].Points);

        var months = await client.GetTrendsAsync(["新加坡", "日本", "智能制造"], new SearchQuery { Zones = ["sip"], Text = "ignored", PageSize = 3 });
        Assert.Equal(15, months.Periods.Count); // 2023-04 to 2024-06
        Assert.Equal([1, 0, 0], months.Series.Select(s => s.Points.Single(p => p.Period == "2024-05").Count)); // xc-c is not in sip
        Assert.Equal([2, 0, 0], months.Series.Select(s => s.Total));
    }

    [Fact]
    public async Task TooFewQueriesArriveAsAProblemNamingQ()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress);
        await using var _ = services;

        var failure = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetTrendsAsync(["新加坡"]));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.Equal(["q"], failure.Problem!.Errors!.Keys);
    }
}
