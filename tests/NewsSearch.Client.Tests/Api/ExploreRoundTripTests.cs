using System.Net;
using NewsSearch.Client.Articles;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Search;
using NewsSearch.Client.Suggestions;
using NewsSearch.Client.Tests.Infrastructure;

namespace NewsSearch.Client.Tests.Api;

public sealed class ExploreRoundTripTests
{
    // Two articles about Singapore in Suzhou Industrial Park, one about Japan in Xiangcheng.
    private static readonly ArticleInput[] Articles =
    [
        new("sip-a", null, "苏州工业园区与新加坡深化合作", new DateOnly(2023, 4, 12), "苏州日报", "",
            "苏州工业园区与新加坡企业签署协议。新加坡投资者看好苏州工业园区的营商环境，双方将在生物医药和绿色低碳领域开展合作。"),
        new("sip-b", null, "新加坡企业落户苏州工业园区", new DateOnly(2024, 5, 1), "苏州日报", "",
            "又一批新加坡企业落户苏州工业园区，涉及生物医药与绿色低碳产业。苏州工业园区将继续扩大与新加坡的开放合作。"),
        new("xc-c", null, "相城区举办日本智能制造交流会", new DateOnly(2024, 6, 3), "相城日报", "",
            "相城区与日本企业举行智能制造交流会，日本企业代表参观了相城区的智能工厂。"),
    ];

    [Fact]
    public async Task RelatedPivotAndSuggestRoundTripThroughTheRealService()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = ApiProcess.ApiKey);
        await using var _ = services;
        Assert.Equal(3, (await client.UpsertArticlesAsync(Articles)).Added);

        var related = await client.GetRelatedAsync("sip-a", limit: 2);
        Assert.NotNull(related);
        Assert.Equal("sip-a", related.Id);
        // xc-c shares none of sip-a's distinctive words, so sip-b is the only related article.
        var first = Assert.Single(related.Related);
        Assert.Equal(("sip-b", "新加坡企业落户苏州工业园区", new DateOnly(2024, 5, 1), "苏州日报", 5.9375), (first.Id, first.Title, first.Published, first.Source, first.Score));
        Assert.Equal(["园区", "工业", "新加坡", "苏州", "合作", "医药", "生物", "绿色"], first.SharedTerms);
        Assert.Null(await client.GetRelatedAsync("no-such-article"));

        var query = new SearchQuery { Sort = SearchSort.Newest, PageSize = 1 };
        var pivot = await client.GetPivotAsync(query, PivotDimension.Zone, PivotDimension.Country);
        Assert.Equal((PivotDimension.Zone, PivotDimension.Country, 3), (pivot.Rows, pivot.Cols, pivot.Total));
        foreach (var zone in pivot.RowValues)
        {
            foreach (var country in pivot.ColValues)
            {
                var filtered = await client.SearchAsync(new SearchQuery { Zones = [zone.Value], Countries = [country.Value], PageSize = 1 });
                Assert.Equal(filtered.Total, pivot.CountOf(zone.Value, country.Value));
            }
        }

        Assert.Equal(2, pivot.CountOf("sip", "singapore"));
        var years = await client.GetPivotAsync(new SearchQuery { Text = "苏州" }, PivotDimension.Year, PivotDimension.Zone);
        Assert.Equal(["2023", "2024"], years.RowValues.Select(v => v.Value));

        var suggested = await client.SuggestAsync("蘇州", limit: 3);
        Assert.Equal("蘇州", suggested.Prefix);
        Assert.Equal(new Suggestion("蘇州工業園區", SuggestionKind.Zone, "sip", 2), suggested.Suggestions[0]);
        var english = await client.SuggestAsync("Sing");
        Assert.Equal([new Suggestion("Singapore", SuggestionKind.Country, "singapore", 2)], english.Suggestions);
    }

    [Fact]
    public async Task InvalidExploreRequestsArriveAsProblemsNamingTheParameter()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress);
        await using var _ = services;

        var pivot = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetPivotAsync(new SearchQuery(), PivotDimension.Year, PivotDimension.Year));
        Assert.Equal(HttpStatusCode.BadRequest, pivot.StatusCode);
        Assert.True(pivot.Problem!.Errors!.ContainsKey("cols"));

        var suggest = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.SuggestAsync(new string('苏', 65)));
        Assert.True(suggest.Problem!.Errors!.ContainsKey("prefix"));

        var related = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetRelatedAsync("x", limit: 21));
        Assert.True(related.Problem!.Errors!.ContainsKey("limit"));
    }
}
