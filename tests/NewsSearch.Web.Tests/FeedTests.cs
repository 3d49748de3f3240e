using System.Xml.Linq;

namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class FeedTests(WebAppFixture app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task FeedLinksFollowTheSearchAndServeItsNewestArticles()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Uri.EscapeDataString("苏州")}&zone=snd&zone=xiangcheng&sort=oldest&page=2&pageSize=1");

        var expected = $"/api/v1/search/feed?q={Uri.EscapeDataString("苏州")}&zone=snd&zone=xiangcheng";
        var visible = session.Page.Locator("#feed-link");
        Assert.Equal(expected, await visible.GetAttributeAsync("href"));
        Assert.Equal("订阅", (await visible.TextContentAsync())?.Trim());
        Assert.Equal("application/atom+xml", await visible.GetAttributeAsync("type"));
        var alternate = session.Page.Locator("head link[rel='alternate'][type='application/atom+xml']");
        Assert.Equal(1, await alternate.CountAsync());
        Assert.Equal(expected, await alternate.GetAttributeAsync("href"));

        // Following the link gives the feed of the same matches, newest first.
        var feed = XDocument.Parse(await app.Http.GetStringAsync(expected.TrimStart('/'))).Root!;
        var api = await app.Http.SearchAsync($"q={Uri.EscapeDataString("苏州")}&zone=snd&zone=xiangcheng&sort=newest&pageSize=50");
        var dated = api.GetProperty("hits").EnumerateArray()
            .Where(h => h.GetProperty("published").ValueKind != System.Text.Json.JsonValueKind.Null)
            .Select(h => "urn:newssearch:article:" + h.GetProperty("id").GetString());
        Assert.Equal(dated, feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
        Assert.NotEmpty(feed.Elements(Atom + "entry"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task FeedLinkIsLabelledInEnglishAndFollowsAFacetTicked()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/");
        await session.Page.Locator("#lang-switch").ClickAsync();
        await session.SettledAsync();
        await session.Page.Locator("#facet-country input[value='japan']").CheckAsync();
        await session.SettledAsync();

        var visible = session.Page.Locator("#feed-link");
        Assert.Equal("Feed", (await visible.TextContentAsync())?.Trim());
        Assert.Equal("Atom feed of this search (newest 50)", await visible.GetAttributeAsync("title"));
        Assert.Equal("/api/v1/search/feed?country=japan", await visible.GetAttributeAsync("href"));
        Assert.Equal("/api/v1/search/feed?country=japan", await session.Page.Locator("#feed-alternate").GetAttributeAsync("href"));
        session.AssertNoErrors();
    }
}
