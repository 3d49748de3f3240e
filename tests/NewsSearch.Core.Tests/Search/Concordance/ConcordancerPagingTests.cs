using NewsSearch.Core.Analysis;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Concordance;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Search.Concordance;

/// <summary>
/// Pages of the concordance in date order, which the Lucene engine cuts from occurrence counts in its
/// index, against the whole concordance read from the text, over 400 generated articles on both
/// engines: every page is the slice of the whole, with its totals, and both engines answer alike.
/// </summary>
public sealed class ConcordancerPagingTests(EngineParityTests.TwoEngines engines) : IClassFixture<EngineParityTests.TwoEngines>, IDisposable
{
    private readonly Analyzer _analyzer = new();

    public static TheoryData<string> Queries() =>
    [
        "苏州", // in every article
        "工业园区", // a phrase of three bigrams
        "园区 苏州", // two words, one of them inside the phrase 苏州工业园区
        "区", // one character: every gram starting with it
        "新加坡 日本", // two partners, in some articles
        "LEED", // a Latin word: read from the text on both engines
        "苏州 LEED", // a Han and a Latin word: read from the text
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Page_InDateOrder_IsTheSliceOfTheWholeConcordanceWithItsTotals(string query)
    {
        foreach (var search in new[] { engines.Lucene, engines.Postgres })
        {
            var concordancer = new Concordancer(search, _analyzer);
            var request = new ConcordanceRequest { Search = new SearchRequest { Query = query }, Width = 6 };
            var whole = concordancer.Read(request);
            var lines = whole.Lines.ToList();
            Assert.NotEmpty(lines);

            foreach (var (page, size) in new[] { (1, 7), (2, 7), (3, 7), (2, 50), (1, 500), ((lines.Count / 7) + 1, 7), ((lines.Count / 7) + 2, 7) })
            {
                var response = concordancer.Page(request with { Page = page, PageSize = size });

                Assert.Equal(lines.Skip((page - 1) * size).Take(size), response.Lines);
                Assert.Equal((lines.Count, whole.Articles), (response.Total, response.Articles));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Page_OnLuceneAndOnPostgres_IsTheSame(string query)
    {
        var request = new ConcordanceRequest { Search = new SearchRequest { Query = query }, PageSize = 9, Page = 2 };

        var onLucene = new Concordancer(engines.Lucene, _analyzer).Page(request);
        var onPostgres = new Concordancer(engines.Postgres, _analyzer).Page(request);

        Assert.Equal(onPostgres.Lines, onLucene.Lines);
        Assert.Equal(Totals(onPostgres), Totals(onLucene));
    }

    public void Dispose() => _analyzer.Dispose();

    private static (string, int, int, int, int, int, string) Totals(ConcordanceResponse r) => (r.Query, r.Total, r.Articles, r.Page, r.PageSize, r.Width, r.Sort);
}
