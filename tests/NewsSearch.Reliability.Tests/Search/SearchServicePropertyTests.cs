using FsCheck;
using FsCheck.Fluent;
using NewsSearch.Core.Search;
using NewsSearch.Reliability.Tests.Analysis;

namespace NewsSearch.Reliability.Tests.Search;

public sealed class SearchServicePropertyTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Search_HostileQueryUpTo256Chars_AnswersConsistently()
    {
        var sorts = Gen.Elements(SearchSort.Relevance, SearchSort.Newest, SearchSort.Oldest);
        var requests = HostileStrings.AtMost(SearchRequest.MaxQueryLength)
            .Zip(sorts, (q, sort) => new SearchRequest { Query = q, Sort = sort, PageSize = 3 });
        Check.One(HostileStrings.Config(300), Prop.ForAll(requests.ToArbitrary(), request =>
        {
            var response = seeds.Service.Search(request);
            Assert.True(response.Hits.Count <= request.PageSize, AnalyzerPropertyTests.Show(request.Query!));
            Assert.True(response.Total >= response.Hits.Count && response.Total <= 5, AnalyzerPropertyTests.Show(request.Query!));
        }));
    }
}
