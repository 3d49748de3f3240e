using System.Text;
using System.Text.Json;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ExportAndTimelineTests(WebAppFixture app)
{
    private static readonly string Suzhou = Uri.EscapeDataString("苏州");

    [Fact]
    public async Task DownloadButtonDownloadsTheCurrentSearchAsCsv()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Suzhou}&zone=xiangcheng&zone=snd&sort=oldest&page=2&pageSize=1");

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.Locator("#export-csv").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync().Within(WebAppFixture.BrowserLimit, "the download to finish"));

        var api = await app.Http.SearchAsync($"q={Suzhou}&zone=xiangcheng&zone=snd&sort=oldest&pageSize=100");
        Assert.Equal(4, api.Total());
        Assert.Matches(@"^newssearch-export-\d{8}\.csv$", download.SuggestedFilename);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("id,title,published,source,url,zones,countries,sectors,score,heading,headingDerived", lines[0]);
        Assert.Equal(api.HitIds(), lines[1..^1].Select(l => l.Split(',')[0]));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task JsonLinesLinkFollowsTheSearchState()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Suzhou}");
        await session.Page.Locator("#facet-country input[value='japan']").CheckAsync();
        await session.SettledAsync();

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.Locator("#export-jsonl").ClickAsync());
        var lines = (await File.ReadAllTextAsync(await download.PathAsync().Within(WebAppFixture.BrowserLimit, "the download to finish"))).TrimEnd('\n').Split('\n');

        var api = await app.Http.SearchAsync($"q={Suzhou}&country=japan&pageSize=100");
        Assert.Equal(api.HitIds(), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TimelineBarsShowTheApisMonthCountsAndABarNarrowsToItsMonth()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Suzhou}");

        var api = await app.Http.SearchAsync($"q={Suzhou}&timeline=month");
        var months = api.GetProperty("facets").GetProperty("month").EnumerateArray()
            .Select(m => (m.GetProperty("value").GetString()!, m.GetProperty("count").GetInt32())).ToList();
        Assert.Equal(months, await ShownMonthsAsync(session));
        Assert.Contains("2021-06：1 篇，占当月全部 1 篇的 100%",
            await session.Page.Locator("#timeline-chart [data-month='2021-06'] title").TextContentAsync(), StringComparison.Ordinal);

        // The chart is folded until its panel is opened; it stays open while bars narrow the search.
        Assert.False(await session.Page.Locator("#timeline-chart").IsVisibleAsync());
        await session.Page.Locator("#timeline-panel > summary").ClickAsync();
        await session.Page.Locator("#timeline-chart [data-month='2021-06']").ClickAsync();
        await session.SettledAsync();

        Assert.Equal("2021-06-01", session.UrlParameters()["from"].Single());
        Assert.Equal("2021-06-30", session.UrlParameters()["to"].Single());
        var narrowed = await app.Http.SearchAsync($"q={Suzhou}&from=2021-06-01&to=2021-06-30");
        Assert.Equal(["002_8701b1438f67845e"], narrowed.HitIds());
        Assert.Equal(narrowed.HitIds(), await session.ShownHitIdsAsync());
        Assert.Equal(months, await ShownMonthsAsync(session)); // the dates do not narrow the timeline itself
        Assert.Equal("true", await session.Page.Locator("#timeline-chart [data-month='2021-06']").GetAttributeAsync("aria-pressed"));
        await session.ScreenshotAsync("timeline-month-selected");

        // The same bar again clears the dates.
        await session.Page.Locator("#timeline-chart [data-month='2021-06']").ClickAsync();
        await session.SettledAsync();
        Assert.Empty(session.UrlParameters()["from"]);
        Assert.Equal(5, await session.ShownTotalAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TimelineBarsFilterByMonthWithTheKeyboard()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Suzhou}");
        await session.Page.Locator("#timeline-panel > summary").FocusAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.True(await session.Page.Locator("#timeline-chart").IsVisibleAsync());

        // Enter on a focused bar narrows to its month and the bar keeps the focus; Space on it clears the dates.
        await session.Page.Locator("#timeline-chart [data-month='2019-11']").FocusAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        await session.SettledAsync();
        Assert.Equal("2019-11-01", session.UrlParameters()["from"].Single());
        Assert.Equal("2019-11-30", session.UrlParameters()["to"].Single());
        Assert.Equal((await app.Http.SearchAsync($"q={Suzhou}&from=2019-11-01&to=2019-11-30")).HitIds(), await session.ShownHitIdsAsync());
        Assert.Equal("2019-11", await session.Page.EvaluateAsync<string>("() => document.activeElement.dataset.month"));
        await session.Page.Keyboard.PressAsync(" ");
        await session.SettledAsync();
        Assert.Empty(session.UrlParameters()["from"]);
        Assert.Equal(5, await session.ShownTotalAsync());
        session.AssertNoErrors();
    }

    private static async Task<List<(string, int)>> ShownMonthsAsync(BrowserSession session)
    {
        var pairs = await session.Page.Locator("#timeline-chart [data-month]").EvaluateAllAsync<string[][]>(
            "bars => bars.map(b => [b.dataset.month, b.dataset.count])");
        return pairs.Select(p => (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }
}
