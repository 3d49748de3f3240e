namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SafetyTests(WebAppFixture app)
{
    private const string ProbeId = "xss-probe";
    private const string ProbeTitle = "<script>window.__xss=1</script>标题";
    private const string ProbeBody = "<img src=x onerror=\"window.__xss=1\">苏州工业园区 测试正文。";

    [Fact]
    public async Task MarkupInArticlesAndQueriesShowsAsTextAndNeverRuns()
    {
        // Added and removed here so the other tests see only the five corpus articles.
        await app.Http.AddArticlesAsync(new { id = ProbeId, title = ProbeTitle, body = ProbeBody });
        try
        {
            await using var session = await app.NewSessionAsync();
            await session.GotoAsync("/?q=" + Uri.EscapeDataString("测试正文"));
            Assert.Equal([ProbeId], await session.ShownHitIdsAsync());
            var hit = session.Page.Locator($"#hits li[data-id='{ProbeId}']");
            Assert.Equal(ProbeTitle, await hit.Locator(".hit-title a").TextContentAsync());
            Assert.StartsWith("<img src=x onerror=\"window.__xss=1\">", await hit.Locator(".snippet").TextContentAsync());
            Assert.Equal(["测试正文"], await hit.Locator(".snippet mark").AllTextContentsAsync());
            Assert.Equal(0, await session.Page.Locator("#app script, #app img").CountAsync());
            await session.ScreenshotAsync("xss-results");

            await hit.Locator(".hit-title a").ClickAsync();
            await session.SettledAsync();
            Assert.Equal(ProbeTitle, await session.Page.Locator("#article-title").TextContentAsync());
            Assert.Equal(ProbeBody, await session.Page.Locator(".article-body").TextContentAsync());
            Assert.Equal(["测试正文"], await session.Page.Locator(".article-body mark").AllTextContentsAsync());
            Assert.Equal(0, await session.Page.Locator("#app script, #app img").CountAsync());

            // A query with markup stays text in the search box, the title and the messages.
            const string hostile = "<img src=x onerror=window.__xss=1> <script>window.__xss=1</script>";
            await session.GotoAsync("/?q=" + Uri.EscapeDataString(hostile));
            Assert.Equal(hostile, await session.Page.Locator("#q").InputValueAsync());
            Assert.Equal(0, await session.Page.Locator("#app script, #app img").CountAsync());

            Assert.True(await session.Page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"));
            session.AssertNoErrors();
        }
        finally
        {
            await app.Http.DeleteArticleAsync(ProbeId);
        }
    }
}
