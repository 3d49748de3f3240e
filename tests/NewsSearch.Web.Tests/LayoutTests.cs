using Xunit.Abstractions;

namespace NewsSearch.Web.Tests;

/// <summary>What a 1280x900 screen shows first: the results, one date chart, and an article from its top.</summary>
[Collection(WebCollection.Name)]
public sealed class LayoutTests(WebAppFixture app, ITestOutputHelper output)
{
    /// <summary>The first hit must start in the upper half of a 900-pixel window (it started at about 830).</summary>
    private const double FirstHitLimit = 450;

    [Theory]
    [InlineData("/?q=%E8%8B%8F%E5%B7%9E")]
    [InlineData("/")]
    public async Task TheFirstResultStartsWithinTheFirstScreen(string url)
    {
        await using var session = await app.NewSessionAsync(1280, 900);
        await session.GotoAsync(url);

        var top = await session.Page.Locator("#hits > li.hit").First.EvaluateAsync<double>("el => el.getBoundingClientRect().top + window.scrollY");
        output.WriteLine($"{url}: the first hit's top is {top:0} px down the page");
        Assert.True(top < FirstHitLimit, $"the first hit starts {top:0} px down, not within {FirstHitLimit} px");

        // The month chart and the compare table are there, folded.
        Assert.False(await session.Page.Locator("#timeline-panel").EvaluateAsync<bool>("el => el.open"));
        Assert.False(await session.Page.Locator("#compare-panel").EvaluateAsync<bool>("el => el.open"));
        Assert.True(await session.Page.Locator("#timeline-panel > summary").IsVisibleAsync());
        Assert.True(await session.Page.Locator("#compare-panel > summary").IsVisibleAsync());
        await session.ScreenshotAsync("layout-first-screen");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task ThePageHasExactlyOneDateChart()
    {
        await using var session = await app.NewSessionAsync(1280, 900);
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("苏州"));

        var charts = await session.Page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('[data-month], [data-year]')].map(bar => bar.closest('svg')))].map(svg => svg.parentElement.id)");
        Assert.Equal(["timeline-chart"], charts);
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData("/?article=001_3d349f3940e6cb6b")]
    [InlineData("/?q=%E8%8B%8F%E5%B7%9E&article=000_69931a395751e654")]
    public async Task AnArticleOpenedByItsLinkStartsAtTheTopWithTheHeaderVisible(string url)
    {
        await using var session = await app.NewSessionAsync(1280, 900);
        await session.GotoAsync(url);

        var scrollable = await session.Page.EvaluateAsync<double>("() => document.documentElement.scrollHeight - window.innerHeight");
        Assert.True(scrollable > 100, $"the article should be longer than the window (it scrolls {scrollable:0} px)");
        await AssertAtTopAsync(session);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task AnArticleOpenedFromAScrolledListStartsAtTheTop()
    {
        await using var session = await app.NewSessionAsync(1280, 900);
        await session.GotoAsync("/?q=" + Uri.EscapeDataString("苏州"));
        var last = session.Page.Locator("#hits > li.hit .hit-title a").Last;
        await last.ScrollIntoViewIfNeededAsync();
        Assert.True(await session.Page.EvaluateAsync<double>("() => window.scrollY") > 0, "the list should have scrolled");

        await last.ClickAsync();
        await session.SettledAsync();
        await AssertAtTopAsync(session);
        session.AssertNoErrors();
    }

    private static async Task AssertAtTopAsync(BrowserSession session)
    {
        Assert.Equal(0, await session.Page.EvaluateAsync<double>("() => window.scrollY"));
        var header = await session.Page.Locator(".site-header").EvaluateAsync<double[]>("el => { const r = el.getBoundingClientRect(); return [r.top, r.bottom]; }");
        Assert.Equal(0, header[0]);
        Assert.True(header[1] > 0);
        Assert.True(await session.Page.Locator(".site-header").IsVisibleAsync());
        Assert.True(await session.Page.Locator("#article-title").IsVisibleAsync());
    }
}
