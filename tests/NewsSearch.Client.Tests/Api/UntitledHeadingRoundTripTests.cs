using NewsSearch.Client.Articles;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;

namespace NewsSearch.Client.Tests.Api;

public sealed class UntitledHeadingRoundTripTests
{
    [Fact]
    public async Task AnUntitledArticleComesBackWithTheHeadingTakenFromItsTextMarkedAsSuch()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = ApiProcess.ApiKey);
        await using var _ = services;
        ArticleInput[] articles =
        [
            new("untitled-1", null, null, new DateOnly(2024, 5, 1), "苏州日报", "",
                "苏州工业园区今日发布支持新加坡企业的新政。新政涉及生物医药和绿色低碳产业。"),
            new("titled-1", null, "园区发布新政", new DateOnly(2024, 5, 2), "苏州日报", "",
                "苏州工业园区发布新政，支持新加坡企业发展。"),

            // A third article, so that the words the first two share weigh something for related articles.
            new("other-1", null, "相城区举办日本智能制造交流会", new DateOnly(2024, 6, 3), "相城日报", "",
                "相城区与日本企业举行智能制造交流会。"),
        ];
        Assert.Equal(3, (await client.UpsertArticlesAsync(articles)).Added);
        const string heading = "苏州工业园区今日发布支持新加坡企业的新政";

        var hits = (await client.SearchAsync(new SearchQuery { Text = "新政" })).Hits;
        var untitled = Assert.Single(hits, h => h.Id == "untitled-1");
        Assert.Equal(("", heading, true), (untitled.Title, untitled.Heading, untitled.HeadingDerived));
        var titled = Assert.Single(hits, h => h.Id == "titled-1");
        Assert.Equal(("园区发布新政", "园区发布新政", false), (titled.Title, titled.Heading, titled.HeadingDerived));

        var article = await client.GetArticleAsync("untitled-1");
        Assert.NotNull(article);
        Assert.Equal(("", heading, true), (article.Title, article.Heading, article.HeadingDerived));

        var version = Assert.Single((await client.GetVersionsAsync("untitled-1"))!.Versions);
        Assert.Equal(("", heading, true), (version.Title, version.Heading, version.HeadingDerived));

        var related = Assert.Single((await client.GetRelatedAsync("titled-1"))!.Related);
        Assert.Equal(("untitled-1", heading, true), (related.Id, related.Heading, related.HeadingDerived));
    }
}
