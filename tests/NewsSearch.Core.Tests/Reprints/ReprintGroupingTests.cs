using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;
using NewsSearch.Core.Tests.Search;

namespace NewsSearch.Core.Tests.Reprints;

/// <summary>Reprint groups as the index assigns them, over the five real seed articles and versions of them.</summary>
public class ReprintGroupingTests : IClassFixture<AnalyzerFixture>, IDisposable
{
    private const string Original = SeedIndexFixture.Snd2021June;

    private readonly TestEngine _engine;
    private readonly TestEngine.Location _location;
    private readonly AnalyzerFixture _analysis;
    private readonly ArticlePreparer _preparer;
    private readonly IArticleIndex _index;

    public ReprintGroupingTests(AnalyzerFixture analysis)
        : this(analysis, TestEngine.Lucene)
    {
    }

    protected ReprintGroupingTests(AnalyzerFixture analysis, TestEngine engine)
    {
        _analysis = analysis;
        _engine = engine;
        _preparer = new ArticlePreparer(analysis.Analyzer, new FacetTagger(FacetVocabulary.Default, analysis.Analyzer.Folder));
        _location = engine.NewLocation();
        _index = _location.Open();
    }

    public void Dispose()
    {
        _index.Dispose();
        _location.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Upsert_TraditionalConversionOfASeed_GroupsWithItsSimplifiedOriginal()
    {
        var original = SeedReprints.Seed(Original);
        var traditional = SeedReprints.Traditional(original, _analysis.Analyzer.Script, "tw-copy");
        Assert.NotEqual(original.Body, traditional.Body);

        Write([.. SeedReprints.AllSeeds(), traditional]);

        Assert.Equal([Original, "tw-copy"], Members(Original));
        Assert.Equal(Group(Original), Group("tw-copy"));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-25, true)] // published before the stored one: an original indexed after its reprint
    [InlineData(45, true)]
    [InlineData(200, false)] // republished half a year later: outside the periods compared
    public void Upsert_ACopyPublishedLater_GroupsOnlyWithinNearbyPeriods(int daysLater, bool grouped)
    {
        var original = SeedReprints.Seed(Original);
        var copy = SeedReprints.Refurnished(original, "later-copy") with { Published = original.Published!.Value.AddDays(daysLater) };

        Write([.. SeedReprints.AllSeeds(), copy]);

        var members = Members("later-copy").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(grouped ? [Original, "later-copy"] : ["later-copy"], members);
    }

    [Fact]
    public void Upsert_AnUndatedCopy_GroupsWithAnUndatedOriginalAndADatedCopyWithIt()
    {
        var original = SeedReprints.Seed(Original) with { Published = null, Id = "undated-original" };
        var dated = SeedReprints.Refurnished(SeedReprints.Seed(Original), "dated-copy");

        Write([original, dated]);

        Assert.Equal(["dated-copy", "undated-original"], Members("dated-copy").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Upsert_TheFiveDistinctSeeds_AreNeverGrouped()
    {
        Write([.. SeedReprints.AllSeeds()]);

        Assert.All(SeedIndexFixture.AllIds, id => Assert.Equal([id], Members(id)));
        Assert.Equal(5, SeedIndexFixture.AllIds.Select(Group).Distinct().Count());
        var signatures = SeedReprints.AllSeeds().Select(a => _preparer.Prepare(a).Signature!).ToList();
        for (var a = 0; a < signatures.Count; a++)
        {
            for (var b = a + 1; b < signatures.Count; b++)
            {
                Assert.True(signatures[a].Similarity(signatures[b]) < ReprintDefaults.SimilarityThreshold, $"seeds {a} and {b}");
            }
        }
    }

    [Fact]
    public void Upsert_ReprintWithOtherTitleSourceAndFurniture_StillGroups()
    {
        var original = SeedReprints.Seed(SeedIndexFixture.SndGuojiShangbao);
        var copy = SeedReprints.Refurnished(original, "people-copy");
        Assert.NotEqual(original.Body, copy.Body);

        Write([.. SeedReprints.AllSeeds(), copy]);

        Assert.Equal([SeedIndexFixture.SndGuojiShangbao, "people-copy"], Members("people-copy"));
    }

    [Fact]
    public void Delete_TheGroupsLeader_KeepsTheOtherVersionsGrouped()
    {
        var original = SeedReprints.Seed(Original);
        Write([.. SeedReprints.AllSeeds(), SeedReprints.Traditional(original, _analysis.Analyzer.Script, "tw-copy"), SeedReprints.Refurnished(original, "people-copy")]);
        Assert.Equal(3, Members(Original).Count);

        using (var batch = _index.BeginBatch())
        {
            Assert.True(batch.Delete(Original));
            batch.Commit();
        }

        Assert.Equal(["people-copy", "tw-copy"], Members("tw-copy").Order(StringComparer.Ordinal));
        Assert.Equal(Group("tw-copy"), Group("people-copy"));
        var catalog = _index.LoadCatalog();
        Assert.Equal(5, catalog.GroupCount);
        Assert.Equal(2, catalog.GroupSizes.Max());
    }

    [Fact]
    public void Upsert_TheSameArticlesAgainOrIntoANewIndex_GivesTheSameGroups()
    {
        var original = SeedReprints.Seed(Original);
        Article[] all = [.. SeedReprints.AllSeeds(), SeedReprints.Traditional(original, _analysis.Analyzer.Script, "tw-copy"), SeedReprints.Refurnished(original, "people-copy")];
        Write(all);
        var groups = all.ToDictionary(a => a.Id, a => Group(a.Id));

        using (var batch = _index.BeginBatch())
        {
            Assert.All(all, a => Assert.Equal(UpsertOutcome.Unchanged, batch.Upsert(_preparer.Prepare(a))));
            batch.Commit();
        }

        Assert.Equal(groups, all.ToDictionary(a => a.Id, a => Group(a.Id)));
        using var freshLocation = _engine.NewLocation();
        using var fresh = freshLocation.Open();
        Write(fresh, all);
        Assert.Equal(groups, all.ToDictionary(a => a.Id, a => fresh.ReprintGroupOf(a.Id)!.Group));
    }

    [Fact]
    public void Upsert_AVersionReplacedByAnotherStory_LeavesTheGroup()
    {
        var original = SeedReprints.Seed(Original);
        Write([.. SeedReprints.AllSeeds(), SeedReprints.Traditional(original, _analysis.Analyzer.Script, "tw-copy")]);

        Write(SeedReprints.Seed(SeedIndexFixture.Xiangcheng2019) with { Id = "tw-copy", Title = "另一篇", Source = "别处" });

        Assert.Equal([Original], Members(Original));
        Assert.Equal([SeedIndexFixture.Xiangcheng2019, "tw-copy"], Members("tw-copy").Order(StringComparer.Ordinal));
    }

    private void Write(params Article[] articles) => Write(_index, articles);

    private void Write(IArticleIndex index, Article[] articles)
    {
        using var batch = index.BeginBatch();
        foreach (var article in articles)
        {
            batch.Upsert(_preparer.Prepare(article));
        }

        batch.Commit();
    }

    private List<string> Members(string id) => _index.ReprintGroupOf(id)!.Versions.Select(v => v.Id).ToList();

    private string Group(string id) => _index.ReprintGroupOf(id)!.Group;
}
