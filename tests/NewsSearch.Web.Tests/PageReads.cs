namespace NewsSearch.Web.Tests;

/// <summary>Reads what the result page shows, in the shapes the API answers use.</summary>
public static class PageReads
{
    public static async Task<int> ShownTotalAsync(this BrowserSession session) =>
        int.Parse(await session.Page.Locator("#result-count").GetAttributeAsync("data-total") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<string[]> ShownHitIdsAsync(this BrowserSession session) =>
        [.. await session.Page.Locator("#hits > li.hit").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.id)")];

    /// <summary>value → count for the checkboxes the panel of one dimension shows.</summary>
    public static async Task<Dictionary<string, int>> ShownFacetCountsAsync(this BrowserSession session, string dimension)
    {
        var pairs = await session.Page.Locator($"#facet-{dimension} li").EvaluateAllAsync<string[][]>(
            "items => items.map(i => [i.querySelector('input').value, i.querySelector('.facet-count').dataset.count])");
        return pairs.ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static async Task<string[]> CheckedFacetValuesAsync(this BrowserSession session, string dimension) =>
        [.. await session.Page.Locator($"#facet-{dimension} input:checked").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)")];

    /// <summary>The counts the page should show: the API's values, at most the first ten unless expanded.</summary>
    public static Dictionary<string, int> Visible(this Dictionary<string, int> api, int shown) =>
        api.Take(shown).ToDictionary(p => p.Key, p => p.Value);
}
