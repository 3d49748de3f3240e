namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class NavigationTests(WebAppFixture app)
{
    private static readonly string Suzhou = Uri.EscapeDataString("苏州");

    [Fact]
    public async Task ArticlePageShowsTheHighlightedTextAndLeadsBackToTheSameResults()
    {
        await using var session = await app.NewSessionAsync();
        var search = $"/?q={Suzhou}&country=japan&sort=newest";
        await session.GotoAsync(search);
        var resultsUrl = session.Page.Url;
        var hitIds = await session.ShownHitIdsAsync();
        var id = hitIds[0];

        await session.Page.Locator($"#hits li[data-id='{id}'] .hit-title a").ClickAsync();
        await session.SettledAsync();
        Assert.Equal(id, session.UrlParameters()["article"].Single());
        Assert.Equal("苏州", session.UrlParameters()["q"].Single());
        Assert.True(await session.Page.Locator("#article-view").IsVisibleAsync());
        Assert.False(await session.Page.Locator("#search-view").IsVisibleAsync());

        var article = await app.Http.ArticleAsync(id, "苏州");
        var title = article.GetProperty("title").GetString()!;
        Assert.Equal(title, await session.Page.Locator("#article-title").TextContentAsync());
        var body = article.GetProperty("body").GetString()!;
        var paragraphs = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(paragraphs.Length, await session.Page.Locator(".article-body p").CountAsync());
        Assert.Equal(body.Split("苏州").Length - 1, await session.Page.Locator(".article-body mark").CountAsync());
        Assert.All(await session.Page.Locator(".article-body mark").AllTextContentsAsync(), m => Assert.Equal("苏州", m));
        foreach (var zone in article.GetProperty("zones").EnumerateArray())
        {
            var tag = session.Page.Locator($".article-tags .tag-zone[data-value='{zone.GetProperty("value").GetString()}']");
            Assert.Contains(zone.GetProperty("label").GetString()!, await tag.TextContentAsync());
            Assert.Contains("×" + zone.GetProperty("mentions").GetInt32(), await tag.TextContentAsync());
        }

        await session.ScreenshotAsync("article-desktop");

        await session.Page.Locator("#back-to-results").ClickAsync();
        await session.SettledAsync();
        Assert.Equal(resultsUrl, session.Page.Url);
        Assert.Equal(hitIds, await session.ShownHitIdsAsync());
        Assert.Equal("苏州", await session.Page.Locator("#q").InputValueAsync());
        Assert.Equal("newest", await session.Page.Locator("#sort").InputValueAsync());
        Assert.Equal(["japan"], await session.CheckedFacetValuesAsync("country"));

        // The browser's own back and forward move between the two as well.
        await session.Page.GoBackAsync();
        await session.SettledAsync();
        Assert.Equal(id, session.UrlParameters()["article"].Single());
        Assert.Equal(title, await session.Page.Locator("#article-title").TextContentAsync());
        await session.Page.GoBackAsync();
        await session.SettledAsync();
        Assert.Equal(resultsUrl, session.Page.Url);
        Assert.Equal(hitIds, await session.ShownHitIdsAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task BackAndForwardRestoreEachSearch()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/");
        var q = session.Page.Locator("#q");
        await q.FillAsync("苏州工业园区");
        await q.PressAsync("Enter");
        await session.SettledAsync();
        await q.FillAsync("title:相城");
        await q.PressAsync("Enter");
        await session.SettledAsync();
        await session.Page.Locator("#facet-country input[value='japan']").CheckAsync();
        await session.SettledAsync();
        var filtered = await app.Http.SearchAsync("q=" + Uri.EscapeDataString("title:相城") + "&country=japan");
        Assert.Equal(filtered.HitIds(), await session.ShownHitIdsAsync());

        await session.Page.GoBackAsync();
        await session.SettledAsync();
        Assert.Equal("title:相城", await q.InputValueAsync());
        Assert.Empty(await session.CheckedFacetValuesAsync("country"));
        Assert.Equal(["000_69931a395751e654", "004_5e5fe67579d06bab"], await session.ShownHitIdsAsync());

        await session.Page.GoBackAsync();
        await session.SettledAsync();
        Assert.Equal("苏州工业园区", await q.InputValueAsync());
        Assert.Equal(2, await session.ShownTotalAsync());

        await session.Page.GoForwardAsync();
        await session.SettledAsync();
        await session.Page.GoForwardAsync();
        await session.SettledAsync();
        Assert.Equal("title:相城", await q.InputValueAsync());
        Assert.Equal(["japan"], await session.CheckedFacetValuesAsync("country"));
        Assert.Equal(filtered.HitIds(), await session.ShownHitIdsAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task ASharedUrlWithAChineseQueryReproducesTheSearch()
    {
        const string query = "苏州 OR 蘇州 \"工业园区\"";
        var apiQuery = $"q={Uri.EscapeDataString(query)}&zone=sip&pageSize=3";
        var expected = await app.Http.SearchAsync(apiQuery);

        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?" + apiQuery);
        Assert.Equal(query, await session.Page.Locator("#q").InputValueAsync());
        Assert.Equal(expected.Total(), await session.ShownTotalAsync());
        Assert.Equal(expected.HitIds(), await session.ShownHitIdsAsync());

        await session.Page.ReloadAsync();
        await session.SettledAsync();
        Assert.Equal(query, await session.Page.Locator("#q").InputValueAsync());
        Assert.Equal(query, session.UrlParameters()["q"].Single());
        Assert.Equal(["sip"], await session.CheckedFacetValuesAsync("zone"));
        Assert.Equal(expected.HitIds(), await session.ShownHitIdsAsync());

        // The same URL in a fresh browser context gives the same page.
        await using var other = await app.NewSessionAsync();
        await other.GotoAsync(new Uri(session.Page.Url).PathAndQuery);
        Assert.Equal(expected.HitIds(), await other.ShownHitIdsAsync());
        session.AssertNoErrors();
        other.AssertNoErrors();
    }
}
