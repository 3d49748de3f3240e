using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;
using NewsSearch.Core.Tests.Reprints;

namespace NewsSearch.Core.Tests.Search;

/// <summary>Collapsing reprint groups over the five seeds plus two versions of the 5G article (its own index, not the shared seed one).</summary>
public class SearchServiceReprintTests : IClassFixture<AnalyzerFixture>, IDisposable
{
    private const string Original = SeedIndexFixture.Snd2021June; // the only seed that mentions 5G
    private readonly TestEngine.Location _location;
    private readonly IArticleIndex _index;
    private readonly SearchService _search;

    public SearchServiceReprintTests(AnalyzerFixture analysis)
        : this(analysis, TestEngine.Lucene)
    {
    }

    protected SearchServiceReprintTests(AnalyzerFixture analysis, TestEngine engine)
    {
        var preparer = new ArticlePreparer(analysis.Analyzer, new FacetTagger(FacetVocabulary.Default, analysis.Analyzer.Folder));
        _location = engine.NewLocation();
        _index = _location.Open();
        var original = SeedReprints.Seed(Original);
        using (var batch = _index.BeginBatch())
        {
            foreach (var article in SeedReprints.AllSeeds()
                .Append(SeedReprints.Traditional(original, analysis.Analyzer.Script, "tw-copy"))
                .Append(SeedReprints.Refurnished(original, "people-copy")))
            {
                batch.Upsert(preparer.Prepare(article));
            }

            batch.Commit();
        }

        _search = new SearchService(_index, analysis.Analyzer, FacetVocabulary.Default);
    }

    public void Dispose()
    {
        _index.Dispose();
        _location.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData(SearchSort.Newest, "people-copy")]
    [InlineData(SearchSort.Oldest, Original)]
    public void Search_CollapsedByDate_ShowsTheGroupsNewestOrOldestVersion(SearchSort sort, string expected)
    {
        var response = _search.Search(new SearchRequest { Query = "5G", Sort = sort });

        var hit = Assert.Single(response.Hits);
        Assert.Equal((expected, 3, 1), (hit.Id, hit.Versions, response.Total));
    }

    [Fact]
    public void Search_Browsing_CountsStoriesWhenCollapsedAndArticlesOtherwise()
    {
        var stories = _search.Search(new SearchRequest { PageSize = 100 });
        var articles = _search.Search(new SearchRequest { PageSize = 100, Collapse = false });

        Assert.Equal((5, 5), (stories.Total, stories.Hits.Count));
        Assert.Equal((7, 7), (articles.Total, articles.Hits.Count));
        Assert.Equal(3, stories.Hits.Single(h => h.Versions > 1).Versions);
        Assert.Equal(Year(stories, "2021") + 2, Year(articles, "2021"));
        Assert.All(articles.Hits.Where(h => h.Id is Original or "tw-copy" or "people-copy"), h => Assert.Equal(3, h.Versions));
    }

    [Fact]
    public void Search_FilteredToOneVersion_CountsOnlyTheMatchingVersions()
    {
        var response = _search.Search(new SearchRequest { Query = "5G", Sources = ["人民网"] });

        var hit = Assert.Single(response.Hits);
        Assert.Equal(("people-copy", 1), (hit.Id, hit.Versions));
    }

    private static int Year(SearchResponse response, string year) => response.Facets.Year.Single(y => y.Value == year).Count;
}
