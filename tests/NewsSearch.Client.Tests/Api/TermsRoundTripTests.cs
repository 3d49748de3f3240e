using System.Net;
using NewsSearch.Client.Articles;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;

namespace NewsSearch.Client.Tests.Api;

public sealed class TermsRoundTripTests
{
    // Three articles about the port, three about schools; every one mentions 苏州.
    private static readonly ArticleInput[] Articles =
    [
        new("port-1", null, "太仓港集装箱航运", new DateOnly(2024, 1, 5), "苏州日报", "", "太仓港的集装箱航运业务增长。苏州外贸企业受益。"),
        new("port-2", null, "太仓港扩建码头", new DateOnly(2024, 2, 6), "苏州日报", "", "太仓港扩建集装箱码头，航运公司增加班轮。苏州港口繁忙。"),
        new("port-3", null, "太仓港吞吐量", new DateOnly(2024, 3, 7), "苏州日报", "", "太仓港集装箱吞吐量创新高。苏州物流加快。"),
        new("edu-1", null, "苏州新建学校", new DateOnly(2024, 1, 8), "苏州日报", "", "苏州新建三所学校，教师队伍扩大。"),
        new("edu-2", null, "苏州学校招生", new DateOnly(2024, 2, 9), "苏州日报", "", "苏州学校今年招生人数增加，教师培训加强。"),
        new("edu-3", null, "苏州教育改革", new DateOnly(2024, 3, 10), "苏州日报", "", "苏州教育改革推进，学校课程更新。"),
    ];

    [Fact]
    public async Task TheWordsOfTheResultSetComeBackWithCountsAndScores()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = ApiProcess.ApiKey);
        await using var _ = services;
        await client.UpsertArticlesAsync(Articles);

        var port = await client.GetSignificantTermsAsync(new SearchQuery { Text = "太仓港", Sort = SearchSort.Newest, PageSize = 1 }, limit: 2);
        var schools = await client.GetSignificantTermsAsync(new SearchQuery { Text = "学校" });

        Assert.Equal(("太仓港", 3, 6, false, 3), (port.Query, port.ForegroundSize, port.BackgroundSize, port.Sampled, port.SampleSize));
        // 集装箱: in all 3 of the set, 3 of the 6 articles: (1 - 0.5) × 1 / 0.5 = 1; 航运: 2 of 3, 2 of 6: (2/3 - 1/3) × 2 = 0.666667.
        Assert.Equal([new("集装箱", 3, 3, 1), new("航运", 2, 2, 0.666667)], port.Terms);
        Assert.Equal("教师", schools.Terms[0].Term);
        Assert.DoesNotContain(schools.Terms, t => t.Term is "苏州" or "学校"); // in every article; the query's own word
    }

    [Fact]
    public async Task ALimitOutOfRangeArrivesAsAProblemNamingLimit()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress);
        await using var _ = services;

        var failure = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetSignificantTermsAsync(new SearchQuery(), limit: 101));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.Equal(["limit"], failure.Problem!.Errors!.Keys);
    }
}
