using NewsSearch.Core.Search;

namespace NewsSearch.Core.Tests.Search;

/// <summary><see cref="SearchService.ReadAll"/> gives every hit in the order pages give them, without the page limits.</summary>
public class SearchServiceResultSetTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData(null, SearchSort.Relevance)]
    [InlineData(null, SearchSort.Oldest)]
    [InlineData("苏州", SearchSort.Relevance)]
    [InlineData("苏州", SearchSort.Newest)]
    [InlineData("苏州", SearchSort.Oldest)]
    [InlineData("新加坡 OR 深圳", SearchSort.Relevance)]
    public void ReadAll_AnyQueryAndOrder_GivesTheSearchsHitsInTheSameOrderWithScores(string? query, SearchSort sort)
    {
        var request = new SearchRequest { Query = query, Sort = sort, PageSize = SearchRequest.MaxPageSize };
        var page = seeds.Service.Search(request);

        var all = seeds.Service.ReadAll(request with { PageSize = 1, Page = 3 });
        var rows = all.Rows().ToList();

        Assert.Equal(page.Total, all.Count);
        Assert.Equal(page.Hits.Select(h => (h.Id, h.Score, h.Published, h.Title)), rows.Select(r => (r.Id, r.Score, r.Published, r.Title)));
        Assert.Equal(page.Hits.Select(h => h.Zones), rows.Select(r => r.Zones));
    }

    [Fact]
    public void ReadAll_WithFilters_KeepsOnlyMatchingArticles()
    {
        var rows = seeds.Service.ReadAll(new SearchRequest { Query = "苏州", Zones = ["xiangcheng"] }).Rows().Select(r => r.Id);

        Assert.Equal([SeedIndexFixture.Xiangcheng2019, SeedIndexFixture.XiangchengUndated], rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rows_CancelledToken_StopsBeforeReading()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var all = seeds.Service.ReadAll(new SearchRequest());

        Assert.Throws<OperationCanceledException>(() => all.Rows(cancelled.Token).ToList());
    }
}
