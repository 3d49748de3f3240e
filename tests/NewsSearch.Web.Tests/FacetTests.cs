namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class FacetTests(WebAppFixture app)
{
    private static readonly string Suzhou = Uri.EscapeDataString("苏州");

    [Fact]
    public async Task TickingAndUntickingFacetsShowsTheApisDrillSidewaysCounts()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Suzhou}");
        await AssertMatchesApiAsync(session, $"q={Suzhou}");

        await session.Page.Locator("#facet-zone input[value='xiangcheng']").CheckAsync();
        await session.SettledAsync();
        Assert.Equal(["xiangcheng"], session.UrlParameters()["zone"]);
        await AssertMatchesApiAsync(session, $"q={Suzhou}&zone=xiangcheng");

        await session.Page.Locator("#facet-country input[value='japan']").CheckAsync();
        await session.SettledAsync();
        await AssertMatchesApiAsync(session, $"q={Suzhou}&zone=xiangcheng&country=japan");
        Assert.Equal(["xiangcheng"], await session.CheckedFacetValuesAsync("zone"));
        Assert.Equal(["japan"], await session.CheckedFacetValuesAsync("country"));

        // A second zone widens the zone filter (any of them).
        await session.Page.Locator("#facet-zone input[value='snd']").CheckAsync();
        await session.SettledAsync();
        await AssertMatchesApiAsync(session, $"q={Suzhou}&zone=xiangcheng&zone=snd&country=japan");
        Assert.Equal(["snd", "xiangcheng"], (await session.CheckedFacetValuesAsync("zone")).Order());
        await session.ScreenshotAsync("facets-selected");

        await session.Page.Locator("#facet-zone input[value='xiangcheng']").UncheckAsync();
        await session.SettledAsync();
        await AssertMatchesApiAsync(session, $"q={Suzhou}&zone=snd&country=japan");

        await session.Page.Locator("#clear-all").ClickAsync();
        await session.SettledAsync();
        Assert.Empty(session.UrlParameters()["zone"]);
        Assert.Empty(session.UrlParameters()["country"]);
        await AssertMatchesApiAsync(session, $"q={Suzhou}");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task SelectedValuesComeFirstAndShowMoreRevealsTheRest()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/");
        var api = (await app.Http.SearchAsync("")).FacetCounts("sector");
        Assert.Equal(24, api.Count); // sectors the five seeds are tagged with (24 since #17), more than the ten shown at first

        Assert.Equal(10, await session.Page.Locator("#facet-sector li").CountAsync());
        await session.Page.Locator("#facet-sector .facet-more").ClickAsync();
        Assert.Equal(api, await session.ShownFacetCountsAsync("sector"));
        Assert.Equal("true", await session.Page.Locator("#facet-sector .facet-more").GetAttributeAsync("aria-expanded"));

        var last = api.Keys.Last();
        await session.Page.Locator($"#facet-sector input[value='{last}']").CheckAsync();
        await session.SettledAsync();
        var first = await session.Page.Locator("#facet-sector li").First.Locator("input").GetAttributeAsync("value");
        Assert.Equal(last, first);
        await AssertMatchesApiAsync(session, $"sector={last}");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task DateRangeInputsFilterLikeTheApi()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Suzhou}");
        await session.Page.Locator("#from").FillAsync("2021-01-01");
        await session.SettledAsync();
        await session.Page.Locator("#to").FillAsync("2021-06-30");
        await session.SettledAsync();

        Assert.Equal("2021-01-01", session.UrlParameters()["from"].Single());
        Assert.Equal("2021-06-30", session.UrlParameters()["to"].Single());
        await AssertMatchesApiAsync(session, $"q={Suzhou}&from=2021-01-01&to=2021-06-30");
        session.AssertNoErrors();
    }

    /// <summary>The page shows the API's total, hits and, for every dimension, its counts.</summary>
    private async Task<System.Text.Json.JsonElement> AssertMatchesApiAsync(BrowserSession session, string query)
    {
        var api = await app.Http.SearchAsync(query);
        Assert.Equal(api.Total(), await session.ShownTotalAsync());
        Assert.Equal(api.HitIds(), await session.ShownHitIdsAsync());
        foreach (var dimension in new[] { "zone", "country", "sector" })
        {
            var expected = api.FacetCounts(dimension);
            var shown = await session.ShownFacetCountsAsync(dimension);
            Assert.True(shown.Count <= expected.Count, $"{dimension}: the page shows values the API did not return");
            foreach (var (value, count) in shown)
            {
                Assert.True(expected.TryGetValue(value, out var apiCount) && apiCount == count,
                    $"{dimension} {value}: page {count}, API {(expected.TryGetValue(value, out var c) ? c : -1)} for {query}");
            }

            Assert.Equal(Math.Min(expected.Count, Math.Max(10, shown.Count)), shown.Count);
        }

        return api;
    }
}
