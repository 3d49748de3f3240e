namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SearchPageTests(WebAppFixture app)
{
    [Fact]
    public async Task SimplifiedQueryShowsTheApisTotalHitsAndHighlights()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/");
        await session.Page.Locator("#q").FillAsync("苏州工业园区");
        await session.Page.Locator("#q").PressAsync("Enter");
        await session.SettledAsync();

        // Only 000 and 001 (in Traditional script) hold the run 苏州工业园区.
        var api = await app.Http.SearchAsync("q=" + Uri.EscapeDataString("苏州工业园区"));
        Assert.Equal(2, api.Total());
        Assert.Equal(api.Total(), await session.ShownTotalAsync());
        Assert.Equal(api.HitIds(), await session.ShownHitIdsAsync());
        Assert.Equal("苏州工业园区", session.UrlParameters()["q"].Single());
        Assert.Contains("2", await session.Page.Locator("#result-count").TextContentAsync());
        var apiMarks = api.GetProperty("hits").EnumerateArray().Sum(h => h.GetProperty("snippet").GetString()!.Split("<mark>").Length - 1);
        Assert.Equal(apiMarks, await session.Page.Locator("#hits .snippet mark").CountAsync());

        // The article without a title shows the heading taken from its text, muted and labelled (UntitledHeadingTests).
        var untitled = session.Page.Locator("#hits li[data-id='001_3d349f3940e6cb6b'] .hit-title a");
        Assert.Equal("untitled", await untitled.GetAttributeAsync("class"));
        Assert.Equal(UntitledHeadingTests.Heading, await untitled.Locator(".derived-text").TextContentAsync());

        await session.ScreenshotAsync("search-desktop");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TraditionalQueryFindsTheSameArticlesAsSimplified()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("蘇州"));

        var traditional = await app.Http.SearchAsync("q=" + Uri.EscapeDataString("蘇州"));
        var simplified = await app.Http.SearchAsync("q=" + Uri.EscapeDataString("苏州"));
        Assert.Equal(5, traditional.Total());
        Assert.Equal(simplified.HitIds(), traditional.HitIds());
        Assert.Equal(traditional.Total(), await session.ShownTotalAsync());
        Assert.Equal(traditional.HitIds(), await session.ShownHitIdsAsync());
        Assert.Equal("蘇州", await session.Page.Locator("#q").InputValueAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TitleQueryFindsTheXiangchengArticles()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("title:相城"));

        // Each title holds the word 相城 once and the two titles' word counts give the same BM25 length
        // norm, so the scores tie (11.4471) and the dated 000 goes before the undated 004.
        string[] expected = ["000_69931a395751e654", "004_5e5fe67579d06bab"];
        Assert.Equal(expected, (await app.Http.SearchAsync("q=" + Uri.EscapeDataString("title:相城"))).HitIds());
        Assert.Equal(expected, await session.ShownHitIdsAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task PagesFollowTheApiWithASmallPageSize()
    {
        await using var session = await app.NewSessionAsync();
        var q = Uri.EscapeDataString("苏州");
        await session.GotoAsync($"/?q={q}&pageSize=2");

        Assert.Equal((await app.Http.SearchAsync($"q={q}&pageSize=2")).HitIds(), await session.ShownHitIdsAsync());
        Assert.Equal("1", await session.Page.Locator("#pagination [aria-current=page]").TextContentAsync());

        await session.Page.Locator("#pagination a[rel=next]").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("2", session.UrlParameters()["page"].Single());
        Assert.Equal((await app.Http.SearchAsync($"q={q}&pageSize=2&page=2")).HitIds(), await session.ShownHitIdsAsync());

        await session.Page.Locator("#pagination a[data-page='3']:not([rel])").ClickAsync();
        await session.SettledAsync();
        var last = await app.Http.SearchAsync($"q={q}&pageSize=2&page=3");
        Assert.Single(last.HitIds());
        Assert.Equal(last.HitIds(), await session.ShownHitIdsAsync());
        Assert.Equal(0, await session.Page.Locator("#pagination a[rel=next]").CountAsync());
        await session.ScreenshotAsync("paging");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task SortSelectorOrdersLikeTheApi()
    {
        await using var session = await app.NewSessionAsync();
        var q = Uri.EscapeDataString("苏州");
        await session.GotoAsync($"/?q={q}");

        foreach (var sort in new[] { "newest", "oldest", "relevance" })
        {
            await session.Page.Locator("#sort").SelectOptionAsync(sort);
            await session.SettledAsync();
            var api = await app.Http.SearchAsync($"q={q}&sort={ApiResults.Sort(sort)}");
            Assert.Equal(api.HitIds(), await session.ShownHitIdsAsync());
            Assert.Equal(sort == "relevance" ? [] : [sort], session.UrlParameters()["sort"]);
        }

        var newest = (await app.Http.SearchAsync($"q={q}&sort=Newest")).HitIds();
        var oldest = (await app.Http.SearchAsync($"q={q}&sort=Oldest")).HitIds();
        Assert.NotEqual(newest, oldest);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task EmptyResultsAndBadRequestsSayWhatToDo()
    {
        await using var session = await app.NewSessionAsync();
        session.AllowFailedResponses = true;
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("不存在的词语xyzzy"));
        Assert.Equal(0, await session.ShownTotalAsync());
        Assert.True(await session.Page.Locator("#message.message-empty").IsVisibleAsync());
        Assert.Contains("试试", await session.Page.Locator("#message").TextContentAsync());
        await session.ScreenshotAsync("empty");

        // The start date after the end date: the API's 400 names the parameter and the page shows it.
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("苏州") + "&from=2022-01-01&to=2021-01-01");
        Assert.Equal("error", await session.Page.Locator("#app").GetAttributeAsync("data-state"));
        var message = await session.Page.Locator("#message.message-error").TextContentAsync();
        Assert.Contains("The start date 2022-01-01 is after the end date 2021-01-01.", message);
        Assert.Equal(0, await session.Page.Locator("#hits li").CountAsync());
        await session.ScreenshotAsync("error");
        session.AssertNoErrors();
    }
}
