using System.Text.Json;

namespace NewsSearch.Web.Tests;

/// <summary>Related articles, the compare table and search-box suggestions, checked against the API's answers.</summary>
[Collection(WebCollection.Name)]
public sealed class ExploreTests(WebAppFixture app)
{
    private static readonly string Suzhou = Uri.EscapeDataString("苏州");

    [Fact]
    public async Task ArticlePageListsRelatedArticlesThatLeadToThem()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?q=" + Suzhou + "&article=002_8701b1438f67845e");
        var api = await GetAsync("api/v1/articles/002_8701b1438f67845e/related");
        var expected = api.GetProperty("related").EnumerateArray().ToList();

        var links = session.Page.Locator("#related .related-item a");
        Assert.Equal(expected.Select(r => r.GetProperty("id").GetString()!), await links.EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.articleId)"));
        Assert.Equal(expected[0].GetProperty("title").GetString(), await links.First.TextContentAsync());
        var shared = await session.Page.Locator("#related .related-item").First.Locator(".shared-term").AllTextContentsAsync();
        Assert.Equal(expected[0].GetProperty("sharedTerms").EnumerateArray().Select(t => t.GetString()!), shared);
        await session.ScreenshotAsync("related-articles");

        var target = expected[0].GetProperty("id").GetString()!;
        await links.First.ClickAsync();
        await session.SettledAsync();
        Assert.Equal(target, session.UrlParameters()["article"].Single());
        Assert.Equal("苏州", session.UrlParameters()["q"].Single());
        Assert.Equal(expected[0].GetProperty("title").GetString(), await session.Page.Locator("#article-title").TextContentAsync());
        Assert.DoesNotContain(target, await session.Page.Locator("#related .related-item a").EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.articleId)"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task CompareTableShowsThePivotCountsAndACellFiltersToThem()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?q=" + Suzhou);
        var pivot = await GetAsync($"api/v1/search/pivot?q={Suzhou}&rows=zone&cols=country");

        var shown = await ShownCellsAsync(session);
        Assert.Equal(10 * 2, shown.Length); // the 苏州 hits span 10 zones (shishan in 003 since #17) and 2 countries
        Assert.Equal(Values(pivot, "rowValues").Take(10), shown.Select(c => c.Row).Distinct());
        Assert.Equal(Values(pivot, "colValues").Take(8), shown.Select(c => c.Col).Distinct());
        foreach (var (row, col, count) in shown)
        {
            Assert.Equal(CellCount(pivot, row, col), count);
        }

        await session.Page.Locator("#compare-panel > summary").ClickAsync(); // folded below the results bar until opened
        await session.ScreenshotAsync("compare-table");
        var picked = shown.First(c => c.Count > 0);
        await session.Page.Locator($"#compare-table td[data-row='{picked.Row}'][data-col='{picked.Col}'] button").ClickAsync();
        await session.SettledAsync();
        Assert.Equal([picked.Row], session.UrlParameters()["zone"]);
        Assert.Equal([picked.Col], session.UrlParameters()["country"]);
        Assert.Equal([picked.Row], await session.CheckedFacetValuesAsync("zone"));
        Assert.Equal([picked.Col], await session.CheckedFacetValuesAsync("country"));
        Assert.Equal(picked.Count, await session.ShownTotalAsync());

        await session.Page.Locator("#compare-cols").SelectOptionAsync("sector");
        var bySector = await GetAsync($"api/v1/search/pivot?q={Suzhou}&zone={picked.Row}&country={picked.Col}&rows=zone&cols=sector");
        var sectors = string.Join(',', Values(bySector, "colValues").Take(8));
        await session.Page.WaitForFunctionAsync(
            "sectors => document.getElementById('compare-cols').value === 'sector' && "
            + "[...document.querySelectorAll('#compare-table thead th[data-col]')].map(th => th.dataset.col).join(',') === sectors",
            sectors);
        foreach (var (row, col, count) in await ShownCellsAsync(session))
        {
            Assert.Equal(CellCount(bySector, row, col), count);
            Assert.Contains(col, Values(bySector, "colValues"));
        }

        session.AssertNoErrors();
    }

    [Fact]
    public async Task TypingShowsSuggestionsThatTheKeyboardCanChoose()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/");
        var page = session.Page;
        var api = await GetAsync($"api/v1/suggest?prefix={Suzhou}");
        var expected = api.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();

        await page.Locator("#q").FocusAsync();
        await page.Keyboard.TypeAsync("苏州");
        await page.Locator("#q-suggestions [role=option]").First.WaitForAsync();
        Assert.Equal(expected, await page.Locator("#q-suggestions [role=option] .suggestion-text").AllTextContentsAsync());
        Assert.Equal("true", await page.Locator("#q").GetAttributeAsync("aria-expanded"));
        Assert.Equal("combobox", await page.Locator("#q").GetAttributeAsync("role"));
        Assert.Equal("listbox", await page.Locator("#q-suggestions").GetAttributeAsync("role"));
        await session.ScreenshotAsync("suggestions");

        // Down twice reaches the second suggestion (a zone); Enter ticks it and clears the typed word.
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var second = page.Locator("#q-suggestions [role=option]").Nth(1);
        Assert.Equal("true", await second.GetAttributeAsync("aria-selected"));
        Assert.Equal(await second.GetAttributeAsync("id"), await page.Locator("#q").GetAttributeAsync("aria-activedescendant"));
        var zone = await second.GetAttributeAsync("data-value");
        await page.Keyboard.PressAsync("Enter");
        await session.SettledAsync();
        Assert.Equal([zone!], session.UrlParameters()["zone"]);
        Assert.Empty(session.UrlParameters()["q"]);
        Assert.Equal("", await page.Locator("#q").InputValueAsync());
        Assert.Equal((await app.Http.SearchAsync("zone=" + zone)).Total(), await session.ShownTotalAsync());
        Assert.True(await page.Locator("#q-suggestions").IsHiddenAsync());

        // Up from nothing wraps to the last suggestion, the title word 苏州: Enter puts it in the box.
        await page.Locator("#q").FocusAsync();
        await page.Keyboard.TypeAsync("苏州");
        await page.Locator("#q-suggestions [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("word", await page.Locator("#q-suggestions [aria-selected=true]").GetAttributeAsync("data-kind"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(expected[^1], await page.Locator("#q").InputValueAsync());
        Assert.True(await page.Locator("#q-suggestions").IsHiddenAsync());

        // Escape closes the list without choosing.
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" Sing");
        await page.Locator("#q-suggestions [role=option]").First.WaitForAsync();
        Assert.Equal(["Singapore"], await page.Locator("#q-suggestions [role=option] .suggestion-text").AllTextContentsAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator("#q-suggestions").IsHiddenAsync());
        Assert.Equal("false", await page.Locator("#q").GetAttributeAsync("aria-expanded"));
        Assert.Equal(expected[^1] + " Sing", await page.Locator("#q").InputValueAsync());
        session.AssertNoErrors();
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await app.Http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task<(string Row, string Col, int Count)[]> ShownCellsAsync(BrowserSession session)
    {
        var cells = await session.Page.Locator("#compare-table td").EvaluateAllAsync<string[][]>(
            "cells => cells.map(c => [c.dataset.row, c.dataset.col, c.dataset.count])");
        return [.. cells.Select(c => (c[0], c[1], int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)))];
    }

    private static string[] Values(JsonElement pivot, string axis) =>
        [.. pivot.GetProperty(axis).EnumerateArray().Select(v => v.GetProperty("value").GetString()!)];

    private static int CellCount(JsonElement pivot, string row, string col) =>
        pivot.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("row").GetString() == row && c.GetProperty("col").GetString() == col)
            .Select(c => c.GetProperty("count").GetInt32()).SingleOrDefault();
}
