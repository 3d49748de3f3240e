using System.Text.Json;
using Microsoft.Playwright;

namespace NewsSearch.Web.Tests;

/// <summary>
/// Reprint groups on the page. The service is shared by the whole collection, so each test posts
/// two reprints of the 5G article and deletes them again, leaving the five seeds as they were.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReprintTests(WebAppFixture app)
{
    private const string Original = "002_8701b1438f67845e"; // the only seed that mentions 5G
    private static readonly string[] Versions = [Original, "web-tw-reprint", "web-people-reprint"];

    [Fact]
    public async Task AGroupedHitShowsItsVersionsCountAndExpandsToListThem()
    {
        await using var reprints = await PostReprintsAsync();
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?q=5G");

        var hit = session.Page.Locator("#hits > li.hit");
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        var toggle = hit.Locator(".versions-toggle");
        Assert.Equal("3", await toggle.GetAttributeAsync("data-versions"));
        Assert.Contains("3", await toggle.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));

        await toggle.ClickAsync();
        var items = hit.Locator(".versions li.version");
        await Assertions.Expect(items).ToHaveCountAsync(3);
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        var ids = await items.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.id)");
        Assert.Equal(Versions.Order(), ids.Order());
        Assert.Contains("人民网", await items.Nth(2).TextContentAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("reprint-versions");

        // A version opens its own article page.
        await items.Locator("a[data-article-id='web-tw-reprint']").ClickAsync();
        await session.SettledAsync();
        Assert.Equal("web-tw-reprint", session.UrlParameters()["article"].Single());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task TheGroupToggleChangesTotalsAsTheApiSaysAndSurvivesReload()
    {
        await using var reprints = await PostReprintsAsync();
        var grouped = await app.Http.SearchAsync("q=5G");
        var ungrouped = await app.Http.SearchAsync("q=5G&collapse=false");
        Assert.Equal((1, 3), (grouped.Total(), ungrouped.Total()));

        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/?q=5G");
        Assert.True(await session.Page.Locator("#collapse").IsCheckedAsync());
        Assert.Equal(grouped.Total(), await session.ShownTotalAsync());
        Assert.Equal(grouped.FacetCounts("zone"), await session.ShownFacetCountsAsync("zone"));

        await session.Page.Locator("#collapse").UncheckAsync();
        await session.SettledAsync();
        Assert.Equal(ungrouped.Total(), await session.ShownTotalAsync());
        Assert.Equal(ungrouped.HitIds().Order(), (await session.ShownHitIdsAsync()).Order());
        Assert.Equal(ungrouped.FacetCounts("zone"), await session.ShownFacetCountsAsync("zone"));
        Assert.Equal("false", session.UrlParameters()["collapse"].Single());

        await session.Page.ReloadAsync();
        await session.SettledAsync();
        Assert.False(await session.Page.Locator("#collapse").IsCheckedAsync());
        Assert.Equal(ungrouped.Total(), await session.ShownTotalAsync());

        await session.Page.Locator("#collapse").CheckAsync();
        await session.SettledAsync();
        Assert.Equal(grouped.Total(), await session.ShownTotalAsync());
        Assert.Empty(session.UrlParameters()["collapse"]);
        session.AssertNoErrors();
    }

    private async Task<Reprints> PostReprintsAsync()
    {
        using var original = JsonDocument.Parse(await app.Http.GetStringAsync($"api/v1/articles/{Original}"));
        string Field(string name) => original.RootElement.GetProperty(name).GetString()!;
        using var script = new NewsSearch.Core.Analysis.ChineseScriptConverter();
        object[] articles =
        [
            new
            {
                id = Versions[1], url = "https://tw.example.org/web.html", title = script.ToTraditional(Field("title")),
                published = Field("published"), source = "聯合早報", author = "", body = script.ToTraditional(Field("body")),
            },
            new
            {
                id = Versions[2], url = "https://people.example.org/web.html", title = "转载｜" + Field("title"),
                published = "2021-06-08", source = "人民网", author = "",
                body = $"来源：{Field("source")}\n\n{Field("body")}\n\n责任编辑：王静",
            },
        ];
        await app.Http.AddArticlesAsync(articles);
        return new Reprints(app.Http);
    }

    private sealed class Reprints(HttpClient http) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var id in Versions.Skip(1))
            {
                await http.DeleteArticleAsync(id);
            }
        }
    }
}
