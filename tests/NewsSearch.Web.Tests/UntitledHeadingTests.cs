namespace NewsSearch.Web.Tests;

/// <summary>
/// Article 001 has no title: the list and its page show the heading the API takes from its text,
/// the same whatever the query, visibly labelled as taken from the text and named so for screen readers.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class UntitledHeadingTests(WebAppFixture app)
{
    public const string Id = "001_3d349f3940e6cb6b";
    public const string Heading = "2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行";

    [Fact]
    public async Task TheListShowsOneMarkedHeadingForTwoQueriesAndTheArticlePageShowsItMarked()
    {
        await using var session = await app.NewSessionAsync();
        var link = session.Page.Locator($"#hits li[data-id='{Id}'] .hit-title a");
        var shown = new List<string>();
        foreach (var query in new[] { "苏州工业园区", "新加坡" })
        {
            await session.GotoAsync("/?q=" + Uri.EscapeDataString(query));
            var hit = (await app.Http.SearchAsync("q=" + Uri.EscapeDataString(query))).GetProperty("hits").EnumerateArray()
                .Single(h => h.GetProperty("id").GetString() == Id);
            Assert.Equal((Heading, true), (hit.GetProperty("heading").GetString(), hit.GetProperty("headingDerived").GetBoolean()));
            Assert.True(await link.Locator(".derived-label").CountAsync() == 1, $"q={query}: the heading taken from the text has no 据正文 label");
            shown.Add(await link.Locator(".derived-text").TextContentAsync() ?? "");
            Assert.Equal("据正文", await link.Locator(".derived-label").TextContentAsync());
            Assert.True(await link.Locator(".derived-label").IsVisibleAsync());
            Assert.Equal("无标题，据正文：" + Heading, await link.GetAttributeAsync("aria-label"));
        }

        Assert.Equal([Heading, Heading], shown);
        await session.ScreenshotAsync("untitled-heading-list");

        await link.ClickAsync();
        await session.SettledAsync();
        var title = session.Page.Locator("#article-title");
        Assert.True(await title.Locator(".derived-label").CountAsync() == 1, "the article page's heading taken from the text has no 据正文 label");
        Assert.Equal(Heading, await title.Locator(".derived-text").TextContentAsync());
        Assert.True(await title.Locator(".derived-label").IsVisibleAsync());
        Assert.Equal("据正文", await title.Locator(".derived-label").TextContentAsync());
        Assert.Equal("无标题，据正文：" + Heading, await title.GetAttributeAsync("aria-label"));
        Assert.DoesNotContain("（无标题）", await title.TextContentAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("untitled-heading-article");

        // In English the label says the same.
        await session.Page.Locator("#lang-switch").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("from the text", await title.Locator(".derived-label").TextContentAsync());
        Assert.Equal("Untitled; from the text: " + Heading, await title.GetAttributeAsync("aria-label"));
        await session.Page.Locator("#lang-switch").ClickAsync();
        await session.SettledAsync();
        session.AssertNoErrors();
    }

    [Fact]
    public async Task ATitledArticleShowsItsTitleUnmarked()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("苏州工业园区"));
        var link = session.Page.Locator("#hits li[data-id='000_69931a395751e654'] .hit-title a");

        Assert.Equal("聚焦长三角|苏州相城:打造长三角国际开放合作新引擎", await link.TextContentAsync());
        Assert.Equal(0, await link.Locator(".derived-label").CountAsync());
        Assert.Null(await link.GetAttributeAsync("aria-label"));
        session.AssertNoErrors();
    }
}
