using System.Text.Json;

namespace NewsSearch.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class TermsTests(WebAppFixture app)
{
    [Fact]
    public async Task TheSignificantWordsStandBesideTheResultsAndOneClickedJoinsTheQuery()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync($"/?q={Uri.EscapeDataString("苏州高新区")}");

        using var response = await app.Http.GetAsync($"api/v1/search/terms?q={Uri.EscapeDataString("苏州高新区")}&limit=12");
        using var api = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var words = api.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()!).ToList();
        var shown = session.Page.Locator("#terms-list button.term");
        await shown.First.WaitForAsync(); // the words come after the results, when they come
        Assert.True(await session.Page.Locator("#terms").IsVisibleAsync());
        Assert.Equal(words, await shown.AllTextContentsAsync());
        Assert.Equal("把“党工委”加入查询（见于 2 篇结果中的 2 篇）", await shown.First.GetAttributeAsync("aria-label"));

        await shown.First.ClickAsync();
        await session.SettledAsync();

        Assert.Equal("苏州高新区 党工委", session.UrlParameters()["q"].Single());
        Assert.Equal("苏州高新区 党工委", await session.Page.Locator("#q").InputValueAsync());
        var search = await app.Http.SearchAsync($"q={Uri.EscapeDataString("苏州高新区 党工委")}");
        Assert.Equal(search.GetProperty("total").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            await session.Page.Locator("#result-count").GetAttributeAsync("data-total"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task EveryArticleHasNoSignificantWordsAndTheLabelsAreEnglish()
    {
        await using var session = await app.NewSessionAsync();
        await session.GotoAsync("/");
        Assert.True(await session.Page.Locator("#terms").IsHiddenAsync());

        await session.Page.Locator("#lang-switch").ClickAsync();
        await session.SettledAsync();
        await session.Page.Locator("#facet-zone input[value='snd']").CheckAsync();
        await session.SettledAsync();
        await session.Page.Locator("#terms-list button.term").First.WaitForAsync();

        Assert.True(await session.Page.Locator("#terms").IsVisibleAsync());
        Assert.Equal("Significant words", await session.Page.Locator("#terms-title").TextContentAsync());
        Assert.StartsWith("Add “", await session.Page.Locator("#terms-list button.term").First.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.Equal(12, await session.Page.Locator("#terms-list button.term").CountAsync());
        session.AssertNoErrors();
    }
}
