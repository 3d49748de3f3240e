using System.Net;
using NewsSearch.Client.Articles;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;

namespace NewsSearch.Client.Tests.Api;

public sealed class FeedRoundTripTests
{
    private static readonly ArticleInput[] Articles =
    [
        new("sip-a", null, "苏州工业园区与新加坡深化合作", new DateOnly(2023, 4, 12), "苏州日报", "", "苏州工业园区与新加坡企业签署协议。"),
        new("sip-b", null, "新加坡企业落户苏州工业园区", new DateOnly(2024, 5, 1), "苏州日报", "", "又一批新加坡企业落户苏州工业园区。"),
        new("xc-c", null, "相城区举办日本智能制造交流会", new DateOnly(2024, 6, 3), "相城日报", "", "相城区与日本企业举行智能制造交流会。"),
    ];

    [Fact]
    public async Task FeedRoundTripsAndAnUnchangedFeedComesBackAsNull()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = ApiProcess.ApiKey);
        await using var _ = services;
        await client.UpsertArticlesAsync(Articles);
        var query = new SearchQuery { Text = "新加坡", Sort = SearchSort.Oldest, PageSize = 1 };

        var feed = await client.GetFeedAsync(query);

        Assert.NotNull(feed);
        Assert.Equal("NewsSearch: 新加坡", feed.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.FromHours(8)), feed.Updated);
        Assert.Equal(["sip-b", "sip-a"], feed.Entries.Select(e => e.ArticleId)); // newest first, whatever the query's sort and page
        var first = feed.Entries[0];
        Assert.Equal(("新加坡企业落户苏州工业园区", "苏州日报", "又一批<mark>新加坡</mark>企业落户苏州工业园区。"), (first.Title, first.Source, first.Summary));
        Assert.Equal(new Uri(api.BaseAddress, "?article=sip-b"), first.Link);
        Assert.NotNull(feed.ETag);
        Assert.Null(await client.GetFeedAsync(query, feed.ETag));

        await client.UpsertArticlesAsync([new ArticleInput("sip-d", null, "新加坡代表团访问苏州", new DateOnly(2024, 7, 1), "", "", "新加坡代表团访问苏州。")]);
        var changed = await client.GetFeedAsync(query, feed.ETag);

        Assert.NotNull(changed);
        Assert.Equal(["sip-d", "sip-b", "sip-a"], changed.Entries.Select(e => e.ArticleId));
        Assert.NotEqual(feed.ETag, changed.ETag);
        Assert.Equal(feed.Id, changed.Id);
    }

    [Fact]
    public async Task InvalidFeedRequestArrivesAsAProblemNamingTheParameter()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress);
        await using var _ = services;

        var failure = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetFeedAsync(new SearchQuery { Zones = ["atlantis"] }));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.True(failure.Problem!.Errors!.ContainsKey("zone"));
    }
}
