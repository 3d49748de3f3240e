using NewsSearch.Core.Articles;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using static NewsSearch.Core.Tests.Search.SeedIndexFixture;

namespace NewsSearch.Core.Tests.Search;

/// <summary>Facet counts, filters, dates, order and paging, checked against counts computed from the stored tags.</summary>
public class SearchServiceFacetTests : IClassFixture<SeedIndexFixture>
{
    private readonly SeedIndexFixture _seeds;
    private readonly List<Article> _articles;

    public SearchServiceFacetTests(SeedIndexFixture seeds)
    {
        _seeds = seeds;
        _articles = AllIds.Select(id => seeds.Index.Find(id) ?? throw new InvalidOperationException(id + " not indexed")).ToList();
    }

    [Fact]
    public void Search_Browse_FacetCountsEqualCountsOfStoredTags()
    {
        var response = _seeds.Search(null);

        Assert.Equal(5, response.Total);
        Assert.Equal(Expected(FacetDimension.Zone, _articles), Actual(response.Facets.Zone));
        Assert.Equal(Expected(FacetDimension.Country, _articles), Actual(response.Facets.Country));
        Assert.Equal(Expected(FacetDimension.Sector, _articles), Actual(response.Facets.Sector));
        Assert.Equal([("2022", 1), ("2021", 2), ("2019", 1)], response.Facets.Year.Select(y => (y.Value, y.Count)));
        Assert.All(response.Facets.Zone.Concat(response.Facets.Country).Concat(response.Facets.Sector), f => Assert.False(f.Selected));
    }

    [Fact]
    public void Search_OneZoneSelected_ZoneFacetIgnoresItsOwnFilterWhileOthersReflectIt()
    {
        var response = Browse(new SearchRequest { Zones = ["xiangcheng"] });

        var hits = Having(FacetDimension.Zone, "xiangcheng");
        Assert.Equal([Xiangcheng2019, XiangchengUndated], response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Ids(hits), response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Expected(FacetDimension.Zone, _articles), Actual(response.Facets.Zone));
        Assert.Equal(Expected(FacetDimension.Country, hits), Actual(response.Facets.Country));
        Assert.Equal(Expected(FacetDimension.Sector, hits), Actual(response.Facets.Sector));
        Assert.Equal([("2019", 1)], response.Facets.Year.Select(y => (y.Value, y.Count)));
        Assert.Equal(["xiangcheng"], response.Facets.Zone.Where(f => f.Selected).Select(f => f.Value));
        Assert.Contains(response.Facets.Zone, f => f.Value == "sip" && f.Count == 1 && !f.Selected);
    }

    [Fact]
    public void Search_TwoZones_AreOredWithinTheDimension()
    {
        var response = Browse(new SearchRequest { Zones = ["xiangcheng", "sip"] });

        Assert.Equal([Xiangcheng2019, SipTraditional, XiangchengUndated], response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, response.Facets.Zone.Count(f => f.Selected));
    }

    [Fact]
    public void Search_ZoneAndCountry_AreAndedAcrossDimensions()
    {
        var response = Browse(new SearchRequest { Zones = ["snd"], Countries = ["japan"] });

        var snd = Having(FacetDimension.Zone, "snd");
        var japan = Having(FacetDimension.Country, "japan");
        Assert.Equal([Snd2021June, SndGuojiShangbao], response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Ids(snd.Intersect(japan)), response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Expected(FacetDimension.Zone, japan), Actual(response.Facets.Zone));
        Assert.Equal(Expected(FacetDimension.Country, snd), Actual(response.Facets.Country));
        Assert.Equal(Expected(FacetDimension.Sector, snd.Intersect(japan).ToList()), Actual(response.Facets.Sector));
    }

    [Fact]
    public void Search_ZoneFilterWithQuery_CountsOnlyMatchingArticles()
    {
        // 新加坡 is in 000 and 001 only.
        var response = _seeds.Service.Search(new SearchRequest { Query = "新加坡", Zones = ["sip"] });

        Assert.Equal([SipTraditional], response.Hits.Select(h => h.Id));
        var matching = _articles.Where(a => a.Id is Xiangcheng2019 or SipTraditional).ToList();
        Assert.Equal(Expected(FacetDimension.Zone, matching), Actual(response.Facets.Zone));
    }

    [Theory]
    [InlineData("2021-06-07", "2021-11-05", new[] { Snd2021June, SndGuojiShangbao })]
    [InlineData("2021-06-08", null, new[] { SipTraditional, SndGuojiShangbao })]
    [InlineData(null, "2019-11-17", new[] { Xiangcheng2019 })]
    [InlineData("2019-11-17", "2019-11-17", new[] { Xiangcheng2019 })]
    [InlineData("2022-11-07", null, new string[0])]
    [InlineData("2019-01-01", "2022-12-31", new[] { Xiangcheng2019, SipTraditional, Snd2021June, SndGuojiShangbao })]
    public void Search_DateRange_IsInclusiveAndDropsUndated(string? from, string? to, string[] expected)
    {
        var response = Browse(new SearchRequest
        {
            From = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(expected, response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(null, SearchSort.Newest, new[] { SipTraditional, SndGuojiShangbao, Snd2021June, Xiangcheng2019, XiangchengUndated })]
    [InlineData(null, SearchSort.Oldest, new[] { Xiangcheng2019, Snd2021June, SndGuojiShangbao, SipTraditional, XiangchengUndated })]
    [InlineData(null, SearchSort.Relevance, new[] { SipTraditional, SndGuojiShangbao, Snd2021June, Xiangcheng2019, XiangchengUndated })]
    [InlineData("苏州", SearchSort.Newest, new[] { SipTraditional, SndGuojiShangbao, Snd2021June, Xiangcheng2019, XiangchengUndated })]
    [InlineData("苏州", SearchSort.Oldest, new[] { Xiangcheng2019, Snd2021June, SndGuojiShangbao, SipTraditional, XiangchengUndated })]
    public void Search_SortByDate_PutsUndatedLast(string? query, SearchSort sort, string[] expected)
    {
        var response = _seeds.Service.Search(new SearchRequest { Query = query, Sort = sort, PageSize = 10 });

        Assert.Equal(expected, response.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_PagesOfTwo_CoverAllFiveWithoutRepeats()
    {
        var pages = Enumerable.Range(1, 4)
            .Select(page => _seeds.Service.Search(new SearchRequest { Page = page, PageSize = 2 }))
            .ToList();

        Assert.Equal([2, 2, 1, 0], pages.Select(p => p.Hits.Count));
        Assert.All(pages, p => Assert.Equal(5, p.Total));
        Assert.Equal(AllIds, pages.SelectMany(p => p.Hits).Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    private SearchResponse Browse(SearchRequest request) => _seeds.Service.Search(request with { PageSize = 10 });

    private List<Article> Having(FacetDimension dimension, string value) =>
        _articles.Where(a => a.Tags.Of(dimension).Any(t => t.Id == value)).ToList();

    private static List<string> Ids(IEnumerable<Article> articles) => articles.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

    private static List<(string, int)> Expected(FacetDimension dimension, IEnumerable<Article> articles) =>
        articles.SelectMany(a => a.Tags.Of(dimension).Select(t => t.Id).Distinct())
            .GroupBy(id => id)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(c => c.Item2).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

    private static List<(string, int)> Actual(IReadOnlyList<FacetCount> counts) => counts.Select(c => (c.Value, c.Count)).ToList();
}
