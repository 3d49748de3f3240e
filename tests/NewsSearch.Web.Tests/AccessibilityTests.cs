namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebAppFixture app)
{
    [Fact]
    public async Task KeyboardAloneCanSearchAndToggleAFacet()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/");
        var page = session.Page;

        await TabUntilAsync(page, "document.activeElement.id === 'q'");
        await page.Keyboard.TypeAsync("苏州");
        await page.Keyboard.PressAsync("Enter");
        await session.SettledAsync();
        Assert.Equal("苏州", session.UrlParameters()["q"].Single());
        Assert.Equal((await app.Http.SearchAsync("q=" + Uri.EscapeDataString("苏州"))).Total(), await session.ShownTotalAsync());

        await TabUntilAsync(page, "document.activeElement.matches('#facets input[type=checkbox]')");
        var key = await page.EvaluateAsync<string>("() => document.activeElement.dataset.key");
        var (dimension, value) = (key.Split(':')[0], key.Split(':')[1]);
        await page.Keyboard.PressAsync(" ");
        await session.SettledAsync();

        Assert.Equal([value], session.UrlParameters()[dimension]);
        Assert.Equal(key, await page.EvaluateAsync<string>("() => document.activeElement.dataset.key"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.checked"));
        var api = await app.Http.SearchAsync($"q={Uri.EscapeDataString("苏州")}&{dimension}={value}");
        Assert.Equal(api.Total(), await session.ShownTotalAsync());
        Assert.Equal(api.HitIds(), await session.ShownHitIdsAsync());

        // Space again unticks it.
        await page.Keyboard.PressAsync(" ");
        await session.SettledAsync();
        Assert.Empty(session.UrlParameters()[dimension]);
        await session.ScreenshotAsync("keyboard-focus");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task EveryControlIsLabelledAndTheCountIsLive()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("苏州"));
        var unlabelled = await session.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, select, textarea')]
              .filter(el => el.labels.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
              .map(el => el.outerHTML)
            """);
        Assert.Empty(unlabelled);
        var shown = await session.Page.Locator("#app").InnerTextAsync();
        Assert.DoesNotContain("null", shown);
        Assert.DoesNotContain("undefined", shown);
        Assert.DoesNotContain("[object", shown);
        Assert.Equal("polite", await session.Page.Locator("#result-count").GetAttributeAsync("aria-live"));

        await session.Page.Locator("#syntax-help-toggle").ClickAsync();
        Assert.True(await session.Page.Locator("#syntax-help").IsVisibleAsync());
        Assert.Equal("true", await session.Page.Locator("#syntax-help-toggle").GetAttributeAsync("aria-expanded"));
        Assert.Contains("title:", await session.Page.Locator("#syntax-help").TextContentAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task EnglishSwitchChangesLabelsAndIsRemembered()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("苏州"));
        var xiangcheng = session.Page.Locator("#facet-zone input[value='xiangcheng'] + label .facet-name");
        Assert.Equal("相城区", await xiangcheng.TextContentAsync());

        await session.Page.Locator("#lang-switch").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("Xiangcheng District", await xiangcheng.TextContentAsync());
        Assert.Equal("Japan", await session.Page.Locator("#facet-country input[value='japan'] + label .facet-name").TextContentAsync());
        Assert.Equal("en", await session.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Search", await session.Page.Locator("#search-submit").TextContentAsync());
        Assert.Contains("results", await session.Page.Locator("#result-count").TextContentAsync());
        await session.ScreenshotAsync("english");

        await session.Page.ReloadAsync();
        await session.SettledAsync();
        Assert.Equal("Xiangcheng District", await xiangcheng.TextContentAsync());

        await session.Page.Locator("#lang-switch").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("相城区", await xiangcheng.TextContentAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task PhoneWidthPutsCollapsedFiltersAboveTheResults()
    {
        await using var session = await app.NewSessionAsync(390, 844);
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("苏州"));
        var page = session.Page;
        Assert.True(await page.Locator("#facets-toggle").IsVisibleAsync());
        Assert.False(await page.Locator("#facets").IsVisibleAsync());
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways at phone width");
        await session.ScreenshotAsync("search-phone");

        await page.Locator("#facets-toggle").ClickAsync();
        Assert.True(await page.Locator("#facets").IsVisibleAsync());
        var facetsBottom = await page.Locator("#facets").EvaluateAsync<double>("el => el.getBoundingClientRect().bottom");
        var resultsTop = await page.Locator("#results").EvaluateAsync<double>("el => el.getBoundingClientRect().top");
        Assert.True(facetsBottom <= resultsTop, "the filters sit above the results");
        await session.ScreenshotAsync("facets-phone");

        await page.Locator("#hits .hit-title a").First.ClickAsync();
        await session.SettledAsync();
        await session.ScreenshotAsync("article-phone");
        session.AssertNoErrors();
    }

    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => {condition}"))
            {
                return;
            }
        }

        Assert.Fail("Tab never reached: " + condition);
    }
}
