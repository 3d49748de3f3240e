using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Index.Lucene;

/// <summary>A page's articles are kept per reader: read once while it lasts, read anew after a commit.</summary>
public sealed class RecentArticlesTests(AnalyzerFixture analysis) : IClassFixture<AnalyzerFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-recent-").FullName;
    private readonly ArticlePreparer _preparer = new(analysis.Analyzer, new FacetTagger(FacetVocabulary.Default, analysis.Analyzer.Folder));

    [Fact]
    public void Fetch_TheSameArticleTwice_IsReadOnceAndAfterAnUpdateReadAnew()
    {
        using var index = LuceneArticleIndex.Open(_folder);
        Write(index, "相城区举办枇杷节。");
        var key = index.LoadCatalog().Keys[0];

        var first = index.Fetch([key], withOrigin: false)[key];
        var again = index.Fetch([key], withOrigin: false)[key];
        var withOrigin = index.Fetch([key])[key];
        Write(index, "相城区举办鲈鱼节。");
        index.LoadCatalog();
        var updated = index.Fetch([key], withOrigin: false).Values.Single();

        Assert.Same(first, again);
        Assert.Equal("a.txt", withOrigin.Origin);
        Assert.Null(first.Origin);
        Assert.Equal("相城区举办枇杷节。", first.Body);
        Assert.Equal("相城区举办鲈鱼节。", updated.Body);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(LuceneArticleIndex index, string body)
    {
        using var batch = index.BeginBatch();
        batch.Upsert(_preparer.Prepare(new Article { Id = "a", Title = "枇杷", Body = body, Origin = "a.txt" }));
        batch.Commit();
    }
}
