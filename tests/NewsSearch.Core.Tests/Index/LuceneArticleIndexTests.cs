using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Core.Tests.Index;

/// <summary>The index contract on the Lucene.Net engine: an index directory in a temporary folder.</summary>
public sealed class LuceneArticleIndexTests(AnalyzerFixture analysis) : ArticleIndexContractTests(analysis)
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("newssearch-lucene-").FullName;

    private string IndexPath => Path.Combine(_folder, "index");

    [Fact]
    public void BeginBatch_WhileAnotherWriterHoldsTheIndex_WaitsThenSaysItIsUnavailable()
    {
        using var index = Open(rebuild: false);
        using var other = Open(rebuild: false);
        using var first = index.BeginBatch();
        var waited = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<IndexUnavailableException>(() => other.BeginBatch());

        Assert.InRange(waited.Elapsed, LuceneArticleIndex.WriterWait - TimeSpan.FromMilliseconds(50), LuceneArticleIndex.WriterWait * 3);
        Assert.Contains(IndexPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginBatch_AfterTheFirstWriterCommits_Proceeds()
    {
        using var index = Open(rebuild: false);
        using var other = Open(rebuild: false);
        var first = index.BeginBatch();
        var second = Task.Run(() =>
        {
            using var batch = other.BeginBatch();
            batch.Upsert(Preparer.Prepare(Article("b", "相城区与日本合作。")));
            batch.Commit();
        });

        first.Upsert(Preparer.Prepare(Article("a", "苏州工业园区与新加坡合作。")));
        first.Commit();
        first.Dispose();

        await second.Within(LuceneArticleIndex.WriterWait, "the second writer's batch once the first let go");
        Assert.NotNull(index.Find("a"));
        Assert.NotNull(index.Find("b"));
    }

    [Fact]
    public void Commit_ByAnotherIndexOnTheSameDirectory_IsSeenAtOnce()
    {
        using var reader = Open(rebuild: false);
        using var writer = Open(rebuild: false);
        var before = reader.Generation;
        Assert.Null(reader.Find("a"));

        using (var batch = writer.BeginBatch())
        {
            batch.Upsert(Preparer.Prepare(Article("a", "苏州工业园区与新加坡合作。")));
            batch.Commit();
        }

        Assert.True(reader.Generation > before);
        Assert.NotNull(reader.Find("a"));
        Assert.Single(reader.Match(Parse("新加坡")));
    }

    [Fact]
    public void Commit_ManyInQuickSuccessionByAnotherIndex_EachIsSeenAtOnce()
    {
        // Commits closer together than the file system's clock tick: the reader lists the directory
        // again while its modification time is too recent to tell two changes apart.
        using var reader = Open(rebuild: false);
        using var writer = Open(rebuild: false);
        for (var i = 0; i < 20; i++)
        {
            using (var batch = writer.BeginBatch())
            {
                batch.Upsert(Preparer.Prepare(Article($"quick-{i}", $"第{i}篇:苏州工业园区与新加坡合作。")));
                batch.Commit();
            }

            Assert.NotNull(reader.Find($"quick-{i}"));
            Assert.Equal(i + 1, reader.Match(Parse("新加坡")).Count);
        }
    }

    [Fact]
    public void LoadCatalog_SameReader_IsReadOnceAndANewCommitIsReadAnew()
    {
        using var index = Open(rebuild: false);
        Upsert(index, Article("a", "苏州工业园区与新加坡合作。"));

        var first = index.LoadCatalog();
        var again = index.LoadCatalog();
        Upsert(index, Article("b", "相城区与日本合作。"));
        var after = index.LoadCatalog();

        Assert.Same(first, again);
        Assert.NotSame(first, after);
        Assert.Equal(1, first.Count);
        Assert.Equal(2, after.Count);
        Assert.True(after.Generation > first.Generation);
    }

    [Fact]
    public void Open_DirectoryHoldingOtherFiles_IsRefused()
    {
        System.IO.Directory.CreateDirectory(IndexPath);
        File.WriteAllText(Path.Combine(IndexPath, "notes.txt"), "not an index");

        var error = Assert.Throws<IndexVersionException>(() => Open(rebuild: false));

        Assert.Contains("no NewsSearch index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ADirectory_NamesTheLuceneEngineAndThatDirectory()
    {
        using var index = Open(rebuild: false);

        Assert.Equal(ArticleIndexes.Lucene, index.Engine);
        Assert.Equal(IndexPath, index.Location);
    }

    [Fact]
    public async Task Open_ManyAtOnceOnANewDirectory_AllSucceedWithOneIndex()
    {
        var opens = Enumerable.Range(0, 8).Select(_ => Task.Run(() => Open(rebuild: false))).ToArray();
        var indexes = await Task.WhenAll(opens).Within(TimeSpan.FromSeconds(30), "eight opens of one new directory");

        Assert.All(indexes, index => Assert.Empty(index.CheckIntegrity()));
        Assert.Equal(0, indexes[0].Generation);
        Assert.Single(DirectoryReader.ListCommits(FSDirectory.Open(IndexPath)));
        foreach (var index in indexes)
        {
            index.Dispose();
        }
    }

    [Fact]
    public async Task Open_WhileAnotherWriterStillWritesTheFirstCommit_WaitsForItInsteadOfFailing()
    {
        // A complete new index elsewhere; here, its files with the first commit's segments_1 half written.
        var complete = Path.Combine(_folder, "complete");
        LuceneArticleIndex.Open(complete).Dispose();
        System.IO.Directory.CreateDirectory(IndexPath);
        foreach (var file in System.IO.Directory.GetFiles(complete).Where(f => Path.GetFileName(f) != IndexWriter.WRITE_LOCK_NAME))
        {
            File.Copy(file, Path.Combine(IndexPath, Path.GetFileName(file)));
        }

        var commit = Path.Combine(IndexPath, "segments_1");
        var bytes = await File.ReadAllBytesAsync(commit);
        await File.WriteAllBytesAsync(commit, bytes[..(bytes.Length / 2)]);

        var open = Task.Run(() => Open(rebuild: false));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(open.IsCompleted, "opened a half-written first commit");
        await File.WriteAllBytesAsync(commit, bytes); // the other writer finishes

        using var index = await open.Within(TimeSpan.FromSeconds(30), "the open once the first commit is whole");
        Assert.Empty(index.CheckIntegrity());
    }

    [Fact]
    public void Open_AnIndexOfAnotherLayoutVersion_IsRefusedUntilRebuilt()
    {
        using (var directory = FSDirectory.Open(IndexPath))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(global::Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["schema_version"] = "0" });
            writer.Commit();
        }

        var refused = Assert.Throws<IndexVersionException>(() => Open(rebuild: false));

        Assert.Equal(
            $"{IndexPath} has index layout version 0, but this build reads version 2. Rebuild it: indexer index <corpus> --engine lucene --db {IndexPath} --rebuild",
            refused.Message);
        using var rebuilt = Open(rebuild: true);
        Assert.Empty(rebuilt.CheckIntegrity());
    }

    public override void Dispose()
    {
        base.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    protected override IArticleIndex Open(bool rebuild) => LuceneArticleIndex.Open(IndexPath, rebuild);

    // Tags live in the article's own document; an orphan would be a tag on a live document with no placement beside it.
    protected override long OrphanTags() => CountTags(orphansOnly: true);

    protected override long AllTags() => CountTags(orphansOnly: false);

    private long CountTags(bool orphansOnly)
    {
        using var directory = FSDirectory.Open(IndexPath);
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var tagged = new List<(string Key, int Tags)>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            var document = reader.Document(doc);
            if (document.Get("pkey") is { } placement)
            {
                placed.Add(placement);
            }

            if (document.Get("key") is { } key)
            {
                tagged.Add((key, document.GetValues("tag").Length));
            }
        }

        return tagged.Where(t => !orphansOnly || !placed.Contains(t.Key)).Sum(t => (long)t.Tags);
    }

    private void Upsert(IArticleIndex index, Article article)
    {
        using var batch = index.BeginBatch();
        batch.Upsert(Preparer.Prepare(article));
        batch.Commit();
    }

    private static Article Article(string id, string body) => new()
    {
        Id = id,
        Title = "测试标题",
        Body = body,
        Published = new DateOnly(2021, 6, 7),
        Source = "测试来源",
        Origin = id + ".txt",
    };
}
