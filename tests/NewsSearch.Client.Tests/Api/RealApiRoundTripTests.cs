using System.Net;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;

namespace NewsSearch.Client.Tests.Api;

public sealed class RealApiRoundTripTests
{
    [Fact]
    public async Task EveryEndpointRoundTripsThroughTheRealService()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = ApiProcess.ApiKey);
        await using var _ = services;

        var written = await client.UpsertArticlesAsync(GeneratedArticles.Range(3));
        Assert.Equal((3, 0, 0), (written.Added, written.Updated, written.Unchanged));
        Assert.Empty(written.Skipped);

        var again = await client.UpsertArticlesAsync([GeneratedArticles.Create(1)]);
        Assert.Equal(1, again.Unchanged);

        var found = await client.SearchAsync(new SearchQuery { Text = "第2号", Zones = ["sip"], Sort = SearchSort.Newest, PageSize = 10 });
        var hit = Assert.Single(found.Hits);
        Assert.Equal("gen-00002", hit.Id);
        Assert.Contains("<mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains(found.Facets.Zone, f => f.Value == "sip" && f.Selected);
        Assert.Equal(1, hit.Versions);
        var versions = await client.GetVersionsAsync("gen-00002");
        Assert.Equal((hit.Group, "gen-00002"), (versions!.Group, Assert.Single(versions.Versions).Id));
        Assert.Null(await client.GetVersionsAsync("no-such-article"));
        Assert.Equal(3, (await client.SearchAsync(new SearchQuery { Collapse = false })).Total);

        var sent = GeneratedArticles.Create(2);
        var article = await client.GetArticleAsync("gen-00002", highlight: "发展");
        Assert.NotNull(article);
        Assert.Equal((sent.Title, sent.Body, sent.Published, sent.Source, sent.Author, sent.Url),
            (article.Title, article.Body, article.Published, article.Source, article.Author, article.Url));
        Assert.Equal("sip", article.Zones[0].Value);
        Assert.Contains("<mark>", article.Highlighted!.Body, StringComparison.Ordinal);
        Assert.Equal((hit.Group, 1), (article.Group, article.Versions));

        var facets = await client.GetFacetsAsync();
        Assert.Equal(3, facets.Zone.Single(z => z.Value == "sip").Count);

        Assert.True(await client.DeleteArticleAsync("gen-00002"));
        Assert.False(await client.DeleteArticleAsync("gen-00002"));
        Assert.Null(await client.GetArticleAsync("gen-00002"));
        Assert.Equal(2, (await client.SearchAsync(new SearchQuery())).Total);
    }

    [Fact]
    public async Task TheServicesRefusalsArriveAsProblems()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = "wrong");
        await using var _ = services;

        var unauthorized = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.UpsertArticlesAsync(GeneratedArticles.Range(1)));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(1, unauthorized.Attempts);
        Assert.Contains("X-Api-Key", unauthorized.Message, StringComparison.Ordinal);

        var invalid = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.SearchAsync(new SearchQuery { Zones = ["atlantis"], PageSize = 0 }));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(1, invalid.Attempts);
        Assert.True(invalid.Problem!.Errors!.ContainsKey("zone"));
        Assert.True(invalid.Problem.Errors.ContainsKey("pageSize"));
    }
}
