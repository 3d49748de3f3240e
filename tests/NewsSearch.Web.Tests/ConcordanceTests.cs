using System.Text.Json;

namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class ConcordanceTests(WebAppFixture app)
{
    private static readonly string Delta = Uri.EscapeDataString("长三角");

    [Fact]
    public async Task ConcordanceViewShowsTheApisLinesWithTheMatchesInOneColumn()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Delta}&view=kwic");

        var api = await ConcordanceAsync($"q={Delta}&width=20&pageSize=50");
        var rows = session.Page.Locator("#kwic-lines tr");
        Assert.Equal(25, await rows.CountAsync());
        Assert.Equal("共 25 处，见于 4 篇文章", await session.Page.Locator("#kwic-count").TextContentAsync());
        var shown = await rows.EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [...r.querySelectorAll('td')].slice(1).map(td => td.textContent))");
        var expected = api.GetProperty("lines").EnumerateArray()
            .Select(l => new[] { l.GetProperty("left").GetString()!, l.GetProperty("match").GetString()!, l.GetProperty("right").GetString()! });
        Assert.Equal(expected, shown);

        // Aligned: the text before each match ends at the same x and the text after it starts at the same x,
        // however long either is (measured on the text itself, not on the table's cells).
        const string TextEdges = "cells => cells.map(td => { const r = document.createRange(); r.selectNodeContents(td); const b = r.getBoundingClientRect(); return [Math.round(b.left), Math.round(b.right)]; })";
        var lefts = await session.Page.Locator("#kwic-lines .kwic-left").EvaluateAllAsync<double[][]>(TextEdges);
        var rights = await session.Page.Locator("#kwic-lines .kwic-right").EvaluateAllAsync<double[][]>(TextEdges);
        var matches = await session.Page.Locator("#kwic-lines .kwic-match a").EvaluateAllAsync<double[]>("links => links.map(a => Math.round(a.getBoundingClientRect().left))");
        Assert.Single(lefts.Select(e => e[1]).Distinct());
        Assert.Single(rights.Select(e => e[0]).Distinct());
        Assert.Single(matches.Distinct());
        Assert.True(lefts.Select(e => e[0]).Distinct().Count() > 1, "the left contexts all start at one x: they are not right-aligned");
        Assert.True(await session.Page.Locator("#hits").IsHiddenAsync());
        Assert.Equal("true", await session.Page.Locator("#view-kwic").GetAttributeAsync("aria-pressed"));
        await session.ScreenshotAsync("concordance-view");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TraditionalArticleIsQuotedInTraditionalAndAMatchOpensItsArticle()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Uri.EscapeDataString("苏州工业园区")}&view=kwic");

        var first = session.Page.Locator("#kwic-lines tr").First;
        Assert.Equal("蘇州工業園區", await first.Locator(".kwic-match a").TextContentAsync());
        Assert.Equal("作服務貿易創新論壇在", (await first.Locator(".kwic-left").TextContentAsync())![^10..]);

        await first.Locator(".kwic-match a").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("001_3d349f3940e6cb6b", session.UrlParameters()["article"].Single());
        await session.Page.Locator("#back-to-results").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("kwic", session.UrlParameters()["view"].Single());
        Assert.True(await session.Page.Locator("#kwic-table").IsVisibleAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheViewsSwitchAndTheOrderAndPagesComeFromTheUrl()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Delta}");

        await session.Page.Locator("#view-kwic").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("kwic", session.UrlParameters()["view"].Single());
        Assert.True(await session.Page.Locator("#kwic").IsVisibleAsync());

        await session.Page.Locator("#kwic-sort").SelectOptionAsync("right");
        await session.SettledAsync();
        Assert.Equal("right", session.UrlParameters()["ksort"].Single());
        var right = await ConcordanceAsync($"q={Delta}&width=20&sort=right&pageSize=50");
        Assert.Equal(right.GetProperty("lines")[0].GetProperty("right").GetString(), await session.Page.Locator("#kwic-lines tr").First.Locator(".kwic-right").TextContentAsync());
        Assert.Equal($"/api/v1/search/concordance?q={Delta}&sort=right&width=20&format=csv", await session.Page.Locator("#kwic-csv").GetAttributeAsync("href"));

        await session.Page.Locator("#view-list").ClickAsync();
        await session.SettledAsync();
        Assert.False(session.UrlParameters().Contains("view"));
        Assert.True(await session.Page.Locator("#kwic").IsHiddenAsync());
        Assert.True(await session.Page.Locator("#hits li.hit").First.IsVisibleAsync());

        // Back in history returns to the concordance in its order.
        await session.Page.GoBackAsync();
        await session.SettledAsync();
        Assert.True(await session.Page.Locator("#kwic-table").IsVisibleAsync());
        Assert.Equal("right", await session.Page.Locator("#kwic-sort").InputValueAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task ConcordanceIsLabelledInEnglishAndAsksForAQueryWithoutOne()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?view=kwic");
        await session.Page.Locator("#lang-switch").ClickAsync();
        await session.SettledAsync();

        Assert.Equal("Keyword in context", (await session.Page.Locator("#view-kwic").TextContentAsync())?.Trim());
        Assert.Equal("Type a query to see the words in the text around them.", await session.Page.Locator("#kwic-message").TextContentAsync());
        Assert.True(await session.Page.Locator("#kwic-table").IsHiddenAsync());
        Assert.Equal(["Date", "Before", "Match", "After"], await session.Page.Locator("#kwic-table th").AllTextContentsAsync());

        await session.Page.Locator("#q").FillAsync("新加坡");
        await session.Page.Locator("#search-submit").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("kwic", session.UrlParameters()["view"].Single());
        Assert.Matches(@"^\d+ occurrences in 2 articles$", await session.Page.Locator("#kwic-count").TextContentAsync());
        session.AssertNoErrors();
    }

    private async Task<JsonElement> ConcordanceAsync(string query)
    {
        using var response = await app.Http.GetAsync("api/v1/search/concordance?" + query);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
