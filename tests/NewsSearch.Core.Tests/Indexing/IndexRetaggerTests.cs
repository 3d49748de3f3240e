using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Index;

namespace NewsSearch.Core.Tests.Indexing;

// An index tagged with an older vocabulary (no Taiwan, no robotics) is retagged with today's,
// from the text it holds: tags and facets change, nothing else does.
public class IndexRetaggerTests : IClassFixture<AnalyzerFixture>, IDisposable
{
    private const string OldVocabulary = """
        { "zones": [{ "id": "kunshan", "zh": "昆山", "en": "Kunshan" }],
          "countries": [{ "id": "japan", "zh": "日本", "en": "Japan" }],
          "sectors": [{ "id": "smart-manufacturing", "zh": "智能制造", "en": "Smart manufacturing", "aliases": ["机器人"] }] }
        """;

    // Long enough for a reprint signature, so the reprint below is grouped with it.
    private const string Story = "昆山开发区一家台资电子企业近日签约,总投资1.2亿美元,主要生产笔记本电脑零组件。昆山已集聚台资企业5000余家。" +
        "该企业负责人表示,看中的是当地完善的产业配套和便利的营商环境,项目预计明年年底建成投产,达产后年产值可达30亿元,新增就业岗位一千余个。";

    private readonly AnalyzerFixture _analysis;
    private readonly TestEngine.Location _location;
    private readonly IArticleIndex _index;

    public IndexRetaggerTests(AnalyzerFixture analysis)
        : this(analysis, TestEngine.Lucene)
    {
    }

    protected IndexRetaggerTests(AnalyzerFixture analysis, TestEngine engine)
    {
        _analysis = analysis;
        _location = engine.NewLocation();
        _index = _location.Open();
        var old = Preparer(FacetVocabulary.Parse(OldVocabulary));
        using var batch = _index.BeginBatch();
        batch.Upsert(old.Prepare(Article("taiwan", Story, "2024-03-01")));
        batch.Upsert(old.Prepare(Article("taiwan-reprint", "转载:" + Story, "2024-03-02")));
        batch.Upsert(old.Prepare(Article("japan", "日本企业在昆山投资,日本客商纷纷到访昆山。", "2024-03-03")));
        batch.Commit();
    }

    public void Dispose()
    {
        _index.Dispose();
        _location.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Retag_NewVocabulary_RewritesChangedTagsFromTheStoredText()
    {
        var before = _index.Find("taiwan")!;
        Assert.Empty(before.Tags.Countries);

        var summary = Retagger().Retag(_index);

        Assert.Equal((3L, 2L), (summary.Articles, summary.Retagged));
        var after = _index.Find("taiwan")!;
        Assert.Equal([new Tag("taiwan", 2)], after.Tags.Countries);
        Assert.Equal(["kunshan", "kunshan-edz"], after.Tags.Zones.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["electronics"], after.Tags.Sectors.Select(t => t.Id));
        Assert.Equal(before with { Tags = after.Tags }, after);
    }

    [Fact]
    public void Retag_NewVocabulary_FacetsCountTheNewValues()
    {
        Retagger().Retag(_index);

        var catalog = _index.LoadCatalog();
        var bit = catalog.BitOf(FacetDimension.Country, "taiwan");
        Assert.True(bit >= 0, "taiwan is a country value of the catalog");
        Assert.Equal(2, catalog.Masks[(int)FacetDimension.Country].Count(mask => (mask & (1UL << bit)) != 0));
    }

    [Fact]
    public void Retag_KeepsHashesGroupsAndSearchableText()
    {
        var hashes = _index.ContentHashes(["taiwan", "taiwan-reprint", "japan"]);
        var group = _index.ReprintGroupOf("taiwan-reprint")!;
        Assert.Equal(2, group.Versions.Count);

        Retagger().Retag(_index);

        Assert.Equal(hashes, _index.ContentHashes(["taiwan", "taiwan-reprint", "japan"]));
        var regrouped = _index.ReprintGroupOf("taiwan-reprint")!;
        Assert.Equal(group.Group, regrouped.Group);
        Assert.Equal(group.Versions, regrouped.Versions);
        Assert.Equal(2, _index.Match(new QueryParser(_analysis.Analyzer).Parse("笔记本电脑")).Count);
        Assert.Equal(3, _index.LoadCatalog().Count);
    }

    [Fact]
    public void Retag_SecondRun_WritesNothing()
    {
        Retagger().Retag(_index);
        var generation = _index.Generation;

        var again = Retagger().Retag(_index);

        Assert.Equal((3L, 0L), (again.Articles, again.Retagged));
        Assert.Equal(generation, _index.Generation);
    }

    [Fact]
    public void Retag_Cancelled_StopsBeforeWriting()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Retagger().Retag(_index, cancellation: cancelled.Token));
        Assert.Empty(_index.Find("taiwan")!.Tags.Countries);
    }

    private IndexRetagger Retagger()
    {
        var tagger = new FacetTagger(FacetVocabulary.Default, _analysis.Analyzer.Folder);
        return new IndexRetagger(tagger, new ArticlePreparer(_analysis.Analyzer, tagger), TimeProvider.System);
    }

    private ArticlePreparer Preparer(FacetVocabulary vocabulary) =>
        new(_analysis.Analyzer, new FacetTagger(vocabulary, _analysis.Analyzer.Folder));

    private static Article Article(string id, string body, string published) => new()
    {
        Id = id, Title = "", Body = body, Source = "测试", Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        Origin = id + ".txt",
    };
}
