using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Indexing;

/// <summary>An index on a 3 MB tmpfs fills it: the run fails clearly, the file stays healthy, and with room a re-run completes.</summary>
public sealed class DiskFullTests : IDisposable
{
    private const int Articles = 1500;
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-rel-full-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // This once hung: a failed writer left the reader and the analysis threads blocked on full queues.
    [SkippableFact]
    public async Task IndexAsync_DiskFills_FailsClearlyAndLeavesAHealthyIndexThatCompletesWithRoom()
    {
        var small = Directory.CreateDirectory(Path.Combine(_folder, "small")).FullName;
        // Without a small file system there is nothing to fill: say so as a skip, never as a pass.
        Skip.IfNot(Mount(small), "cannot mount a 3 MB tmpfs here (needs root and tmpfs); the disk-full path was not tested");

        var corpus = Path.Combine(_folder, "feed.jsonl");
        await File.WriteAllLinesAsync(corpus, SyntheticArticles.Json("full", Articles, 7));
        var full = Path.Combine(small, "news.db");
        var roomy = Path.Combine(_folder, "roomy", "news.db");
        Exception? failure = null;
        try
        {
            using (var analyzer = new Analyzer())
            using (var index = SqliteArticleIndex.Open(full))
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
            {
                failure = await Record.ExceptionAsync(() => Indexer(index, analyzer).IndexAsync([corpus], new IndexingOptions { BatchSize = 100 }, cancellation: timeout.Token)
                    .Within(TimeSpan.FromSeconds(60), "the run on a full disk, cancelled after 20 s"));
                Assert.False(timeout.IsCancellationRequested, "the run hung on a full disk instead of failing");
            }

            Assert.NotNull(failure);
            Assert.True(IsDiskFull(failure), "expected SQLITE_FULL or an IOException, got " + failure);
            var kept = IndexChecks.AssertHealthy(full);
            Assert.InRange(kept, 0, Articles - 1);

            Directory.CreateDirectory(Path.GetDirectoryName(roomy)!);
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(full + suffix))
                {
                    File.Copy(full + suffix, roomy + suffix);
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Unmount(small);
        }

        using (var analyzer = new Analyzer())
        using (var index = SqliteArticleIndex.Open(roomy))
        {
            var summary = await Indexer(index, analyzer).IndexAsync([corpus], new IndexingOptions()).Within(TimeSpan.FromSeconds(60), "the run with room");
            Assert.Empty(summary.Skipped);
        }

        Assert.Equal(Articles, IndexChecks.AssertHealthy(roomy));
    }

    private static bool IsDiskFull(Exception e) => e switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 13 or 10, // SQLITE_FULL, or SQLITE_IOERR for a failed write
        IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsDiskFull),
        _ => e.InnerException is { } inner && IsDiskFull(inner),
    };

    private static CorpusIndexer Indexer(SqliteArticleIndex index, Analyzer analyzer) =>
        new(index, new ArticleFileReader(), new ArticlePreparer(analyzer, new FacetTagger(FacetVocabulary.Default, analyzer.Folder)), TimeProvider.System);

    private static bool Mount(string folder) => Run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", folder);

    private static void Unmount(string folder)
    {
        if (!Run("umount", folder))
        {
            Run("umount", "-l", folder);
        }
    }

    private static bool Run(string file, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            Bounded.WaitForExit(process, TimeSpan.FromSeconds(10), $"{file} {string.Join(' ', args)}");
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
