using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Taxonomy;

// The floors of issue #17 on the committed judged set (bench/tagging/judged.jsonl): a change to the
// vocabulary or the mention rule that costs precision or recall fails here, with what it broke.
public sealed class JudgedSetTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private static readonly string SetPath = Path.Combine(SeedCorpus.RepositoryRoot, "bench", "tagging", "judged.jsonl");

    [Fact]
    public void Evaluate_JudgedSet_MeetsPrecisionAndRecallFloors()
    {
        var articles = JudgedArticle.ReadAll(SetPath);
        var evaluation = TaggingEvaluation.Run(new FacetTagger(FacetVocabulary.Default, fixture.Analyzer.Folder), FacetVocabulary.Default, articles);

        Assert.True(articles.Count >= 60, $"{articles.Count} judged articles");
        foreach (var dimension in Enum.GetValues<FacetDimension>())
        {
            var score = evaluation.Of(dimension);
            var misses = string.Join(", ", evaluation.Misses.Where(m => m.Dimension == dimension)
                .Select(m => $"{m.ArticleId} {(m.Extra ? "+" : "-")}{m.ValueId}"));
            Assert.True(score.Precision >= 0.95 && score.Recall >= 0.90,
                $"{dimension}: precision {score.Precision:0.000}, recall {score.Recall:0.000}; {misses}");
        }
    }

    [Fact]
    public void Run_JudgedChildValue_ImpliesItsParent()
    {
        var article = new JudgedArticle("t", "", "太仓一家汽车零部件企业投产。", [], [], ["auto-parts"]);

        var evaluation = TaggingEvaluation.Run(new FacetTagger(FacetVocabulary.Default, fixture.Analyzer.Folder), FacetVocabulary.Default, [article]);

        Assert.Equal(new DimensionScore(2, 2, 2), evaluation.Of(FacetDimension.Sector));
    }

    [Fact]
    public void Run_UnknownJudgedId_ThrowsNamingIt()
    {
        var article = new JudgedArticle("t9", "", "", ["atlantis"], [], []);

        var error = Assert.Throws<ArgumentException>(() =>
            TaggingEvaluation.Run(new FacetTagger(FacetVocabulary.Default, fixture.Analyzer.Folder), FacetVocabulary.Default, [article]));

        Assert.Equal("article t9: 'atlantis' is no zone of the taxonomy.", error.Message);
    }
}
