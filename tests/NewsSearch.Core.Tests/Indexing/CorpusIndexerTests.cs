using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Articles;
using NewsSearch.Core.Tests.Index;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Core.Tests.Indexing;

public class CorpusIndexerTests : IClassFixture<AnalyzerFixture>, IDisposable
{
    private readonly TempCorpus _corpus = new();
    private readonly TestEngine.Location _location;
    private readonly IArticleIndex _index;
    private readonly CorpusIndexer _indexer;

    public CorpusIndexerTests(AnalyzerFixture analysis)
        : this(analysis, TestEngine.Lucene)
    {
    }

    protected CorpusIndexerTests(AnalyzerFixture analysis, TestEngine engine)
    {
        _location = engine.NewLocation();
        _index = _location.Open();
        var preparer = new ArticlePreparer(analysis.Analyzer, new FacetTagger(FacetVocabulary.Default, analysis.Analyzer.Folder));
        _indexer = new CorpusIndexer(_index, new ArticleFileReader(), preparer, TimeProvider.System);
    }

    public void Dispose()
    {
        _index.Dispose();
        _location.Dispose();
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task IndexAsync_JsonLinesFileLosesALine_RemovesThatArticleOnly()
    {
        _corpus.Write("feed.jsonl", Lines("one", "two", "three"));
        await Run();

        _corpus.Write("feed.jsonl", Lines("one", "three"));
        var summary = await Run();

        Assert.Equal((0L, 0L, 2L, 1L), (summary.Added, summary.Updated, summary.Unchanged, summary.Removed));
        Assert.Null(_index.Find("two"));
        Assert.NotNull(_index.Find("three"));
        Assert.Equal(2, _index.SourceFiles()["feed.jsonl"].ArticleCount);
    }

    [Fact]
    public async Task IndexAsync_SameIdTwiceInARun_KeepsTheFirstAndNamesItsOrigin()
    {
        _corpus.Write("a.jsonl", Lines("one", "two"));
        _corpus.Write("b.jsonl", Lines("two").Replace("这是第two篇", "另一篇two", StringComparison.Ordinal));

        var summary = await Run();

        Assert.Equal(2, summary.Added);
        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal(new SkippedItem("b.jsonl:1", "duplicate id two: already read from a.jsonl:2"), skipped);
        Assert.Contains("这是第two篇", _index.Find("two")!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_SmallBatches_CommitsEverythingAndRecordsTheFiles()
    {
        foreach (var seed in Directory.GetFiles(SeedCorpus.CorpusRoot, "*.txt"))
        {
            _corpus.Write(Path.GetFileName(seed), File.ReadAllBytes(seed));
        }

        var summary = await Run(new IndexingOptions { BatchSize = 1, Workers = 2 });

        Assert.Equal(5, summary.Added);
        Assert.Equal(5, _index.SourceFiles().Count);
        Assert.Empty(_index.CheckIntegrity());
    }

    [Fact]
    public async Task IndexAsync_AlreadyCancelled_ThrowsAndLeavesTheIndexHealthy()
    {
        _corpus.Write("feed.jsonl", Lines("one", "two"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _indexer.IndexAsync([_corpus.Root], new IndexingOptions(), cancellation: new CancellationToken(canceled: true)).Within(TimeSpan.FromSeconds(60), "the cancelled run"));

        Assert.Empty(_index.CheckIntegrity());
        Assert.Equal(2, (await Run()).Added);
    }

    [Theory]
    [InlineData("a.jsonl", "b.jsonl")]
    [InlineData("b.jsonl", "a.jsonl")]
    public async Task IndexAsync_ArticleMovesUnchangedToAnotherFile_KeepsItUnderItsNewFile(string from, string to)
    {
        _corpus.Write(from, Lines("one", "two"));
        await Run();

        _corpus.Write(from, Lines("one"));
        _corpus.Write(to, Lines("two"));
        var summary = await Run();

        // Moving to a later file, the old file's completion removes it first and the new file adds it back.
        var expected = string.CompareOrdinal(to, from) < 0 ? (0L, 0L, 2L, 0L) : (1L, 0L, 1L, 1L);
        Assert.Equal(expected, (summary.Added, summary.Updated, summary.Unchanged, summary.Removed));
        Assert.Equal(to + ":1", _index.Find("two")!.Origin);
        Assert.Equal(1, _index.SourceFiles()[to].ArticleCount);

        File.Delete(Path.Combine(_corpus.Root, from));
        Assert.Equal(1L, (await Run(new IndexingOptions { Prune = true })).Removed);
        Assert.Null(_index.Find("one"));
        Assert.NotNull(_index.Find("two"));
    }

    [Fact]
    public async Task IndexAsync_ResumedAfterAnInterruptedFile_CountsStoredArticlesUnchangedAndAddsTheRest()
    {
        _corpus.Write("feed.jsonl", Lines("one", "two", "three"));
        await Run();
        using (var batch = _index.BeginBatch())
        {
            // As if killed before the file was recorded and before its last article was written.
            batch.ForgetSourceFile("feed.jsonl");
            batch.Delete("three");
            batch.Commit();
        }

        var summary = await Run();

        Assert.Equal((1L, 0L, 2L), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal(3, _index.SourceFiles()["feed.jsonl"].ArticleCount);
        Assert.Equal("feed.jsonl:2", _index.Find("two")!.Origin);
        Assert.Empty(_index.CheckIntegrity());
    }

    // The run is a pipeline of channels and workers: a stage that stops unseen would leave it waiting forever.
    private Task<IndexingSummary> Run(IndexingOptions? options = null) =>
        _indexer.IndexAsync([_corpus.Root], options ?? new IndexingOptions()).Within(TimeSpan.FromSeconds(60), "the indexing run");

    private static string Lines(params string[] ids) => string.Concat(ids.Select(id =>
        $$"""{"id":"{{id}}","title":"{{id}}号新闻","published":"2023-01-02","body":"这是第{{id}}篇关于苏州工业园区的测试新闻,内容各不相同:{{id}}。"}""" + "\n"));
}
