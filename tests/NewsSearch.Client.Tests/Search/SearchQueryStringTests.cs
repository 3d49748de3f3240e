using NewsSearch.Client.Search;

namespace NewsSearch.Client.Tests.Search;

public sealed class SearchQueryStringTests
{
    [Fact]
    public void Build_EmptyQuery_IsEmpty() => Assert.Equal("", SearchQueryString.Build(new SearchQuery()));

    [Fact]
    public void Build_EveryParameter_IsEncodedAndRepeated()
    {
        var query = new SearchQuery
        {
            Text = "园区 \"数字经济\"",
            Zones = ["sip", "snd"],
            Countries = ["sg"],
            Sectors = ["biomed"],
            Sources = ["国际商报"],
            From = new DateOnly(2021, 1, 2),
            To = new DateOnly(2022, 12, 31),
            Sort = SearchSort.Newest,
            Page = 2,
            PageSize = 50,
            Collapse = false,
        };

        Assert.Equal(
            "?q=%E5%9B%AD%E5%8C%BA%20%22%E6%95%B0%E5%AD%97%E7%BB%8F%E6%B5%8E%22&zone=sip&zone=snd&country=sg&sector=biomed" +
            "&source=%E5%9B%BD%E9%99%85%E5%95%86%E6%8A%A5&from=2021-01-02&to=2022-12-31&sort=Newest&page=2&pageSize=50&collapse=false",
            SearchQueryString.Build(query));
    }

    [Fact]
    public void Build_Timeline_IsSentInLowerCase() =>
        Assert.Equal("?q=x&timeline=month", SearchQueryString.Build(new SearchQuery { Text = "x", Timeline = SearchTimeline.Month }));

    [Theory]
    [InlineData(ExportFormat.Csv, "?zone=sip&sort=Oldest&format=csv")]
    [InlineData(ExportFormat.JsonLines, "?zone=sip&sort=Oldest&format=jsonl")]
    public void Build_Export_SendsTheFormatAndLeavesPagingAndTimelineOut(ExportFormat format, string expected)
    {
        var query = new SearchQuery { Zones = ["sip"], Sort = SearchSort.Oldest, Page = 3, PageSize = 50, Timeline = SearchTimeline.Year };

        Assert.Equal(expected, SearchQueryString.Build(query, format));
    }
}
