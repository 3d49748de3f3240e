using System.Text.Json;

namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class TrendsTests(WebAppFixture app)
{
    private static readonly string Shared = $"tq={Uri.EscapeDataString("新加坡")}&tq={Uri.EscapeDataString("日本")}&tq={Uri.EscapeDataString("德国")}";

    [Fact]
    public async Task ASharedUrlOpensTheChartWithTheApisSeries()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Uri.EscapeDataString("苏州")}&{Shared}&ti=year");

        Assert.True(await session.Page.Locator("#trends-panel").EvaluateAsync<bool>("d => d.open"));
        var api = await TrendsAsync($"q={Uri.EscapeDataString("新加坡")}&q={Uri.EscapeDataString("日本")}&q={Uri.EscapeDataString("德国")}&interval=year");
        var chart = session.Page.Locator("#trends-chart");
        Assert.Equal(3, await chart.Locator("svg.trends-svg polyline").CountAsync());
        Assert.Equal(["新加坡（共 2 篇）", "日本（共 2 篇）", "德国（共 0 篇）"], await chart.Locator(".trend-legend li").AllTextContentsAsync());
        // The data table holds the API's counts, period by period.
        var rows = await chart.Locator(".trend-data tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [...r.children].map(c => c.textContent))");
        var expected = api.GetProperty("periods").EnumerateArray().Select((p, i) => new[] { p.GetString()! }
            .Concat(api.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("points")[i].GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());
        Assert.Equal(expected, rows);
        Assert.Equal("img", await chart.Locator("svg.trends-svg").GetAttributeAsync("role"));
        Assert.Equal("各查询每年的文章数", await chart.Locator("svg.trends-svg > title").TextContentAsync());
        Assert.Equal($"/api/v1/trends?q={Uri.EscapeDataString("新加坡")}&q={Uri.EscapeDataString("日本")}&q={Uri.EscapeDataString("德国")}&interval=year&format=csv",
            await session.Page.Locator("#trends-csv").GetAttributeAsync("href"));
        await session.ScreenshotAsync("trends-chart");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task HoveringAPeriodShowsEveryQuerysValueAndTheKeysWalkThePeriods()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?{Shared}&ti=year");

        // 2021 is the third of four years: hover where its point is drawn.
        var box = (await session.Page.Locator("svg.trends-svg").BoundingBoxAsync())!;
        var scale = box.Width / 760;
        await session.Page.Mouse.MoveAsync((float)(box.X + ((44 + (2 * 692 / 3.0)) * scale)), (float)(box.Y + (100 * scale)));
        var tip = session.Page.Locator(".trend-tip");
        Assert.True(await tip.IsVisibleAsync());
        Assert.Equal(["2021", "新加坡：0 篇（占该期 2 篇的 0%）", "日本：1 篇（占该期 2 篇的 50%）", "德国：0 篇（占该期 2 篇的 0%）"],
            await tip.Locator("strong, .trend-tip-row").AllTextContentsAsync());

        await session.Page.Mouse.MoveAsync(0, 0);
        Assert.True(await tip.IsHiddenAsync());
        await session.Page.Locator("svg.trends-svg").FocusAsync();
        await session.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("2019", await tip.Locator("strong").TextContentAsync());
        await session.Page.Keyboard.PressAsync("End");
        Assert.Equal("2022", await tip.Locator("strong").TextContentAsync());
        Assert.Equal("新加坡：1 篇（占该期 1 篇的 100%）", await tip.Locator(".trend-tip-row").First.TextContentAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheFormStartsFromTheSearchAndPutsTheComparisonInTheUrl()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Uri.EscapeDataString("新加坡")}&zone=sip&zone=xiangcheng");
        await session.Page.Locator("#trends-panel > summary").ClickAsync();

        var inputs = session.Page.Locator("#trends-inputs input");
        Assert.Equal("新加坡", await inputs.Nth(0).InputValueAsync());
        Assert.Equal("输入至少两个查询，比较它们随时间的文章数。", await session.Page.Locator("#trends-message").TextContentAsync());
        await inputs.Nth(1).FillAsync("日本");
        await session.Page.Locator("#trends-add").ClickAsync();
        Assert.Equal(4, await inputs.CountAsync());
        await session.Page.Locator("#trends-submit").ClickAsync();
        await session.SettledAsync();

        Assert.Equal(["新加坡", "日本"], session.UrlParameters()["tq"]);
        Assert.Equal(2, await session.Page.Locator("svg.trends-svg polyline").CountAsync());
        // The filters apply to every query: the zones are in the trend's request.
        Assert.Contains("zone=sip&zone=xiangcheng", await session.Page.Locator("#trends-csv").GetAttributeAsync("href"), StringComparison.Ordinal);
        var api = await TrendsAsync($"q={Uri.EscapeDataString("新加坡")}&q={Uri.EscapeDataString("日本")}&zone=sip&zone=xiangcheng");
        Assert.Equal(api.GetProperty("periods").GetArrayLength(), await session.Page.Locator(".trend-data tbody tr").CountAsync());

        await session.Page.Locator("#trends-interval").SelectOptionAsync("year");
        await session.Page.Locator("#trends-submit").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("year", session.UrlParameters()["ti"].Single());
        Assert.Equal(4, await session.Page.Locator(".trend-data tbody tr").CountAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TrendsAreLabelledInEnglish()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?{Shared}");
        await session.Page.Locator("#lang-switch").ClickAsync();
        await session.SettledAsync();

        Assert.Equal("Compare trends", (await session.Page.Locator("#trends-panel > summary").TextContentAsync())?.Trim());
        Assert.Equal("Articles per month for each query", await session.Page.Locator("svg.trends-svg > title").TextContentAsync());
        Assert.Equal("Query 2", await session.Page.Locator("#trends-inputs input").Nth(1).GetAttributeAsync("aria-label"));
        Assert.Equal(37, await session.Page.Locator(".trend-data tbody tr").CountAsync());
        session.AssertNoErrors();
    }

    private async Task<JsonElement> TrendsAsync(string query)
    {
        using var response = await app.Http.GetAsync("api/v1/trends?" + query);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
