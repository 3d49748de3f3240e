using System.Diagnostics;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Indexing;

/// <summary>
/// <c>indexer check</c> on a real Lucene.Net index: healthy, it exits 0 with the article count; with one
/// byte of a segment file flipped on disk, it exits 5 and names the damage (CheckIndex's checksums).
/// </summary>
public sealed class IntegrityCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-rel-check-").FullName;

    private string IndexPath => Path.Combine(_folder, "index");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ACorruptedSegmentFileIsReportedByTheCheckWithExitCodeFive()
    {
        using (var index = LuceneArticleIndex.Open(IndexPath, segmenter: "icu"))
        using (var analyzer = IndexAnalyzers.For(index))
        {
            var indexer = new CorpusIndexer(index, new ArticleFileReader(), new ArticlePreparer(analyzer, new FacetTagger(FacetVocabulary.Default, analyzer.Folder)), TimeProvider.System);
            await indexer.IndexAsync([TestPaths.SeedCorpus], new IndexingOptions()).Within(TimeSpan.FromSeconds(60), "indexing the five seeds");
        }

        var healthy = await Check();
        Assert.True(healthy.Code == 0, healthy.Stderr);
        Assert.Equal($"ok: 5 articles, the lucene index at {IndexPath} passed its checks", healthy.Stdout.Trim());

        // The biggest file of the segment (its compound file or stored fields), one byte in the middle.
        var segment = new DirectoryInfo(IndexPath).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal))
            .OrderByDescending(f => f.Length).First();
        using (var stream = new FileStream(segment.FullName, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = segment.Length / 2;
            var b = stream.ReadByte();
            stream.Position = segment.Length / 2;
            stream.WriteByte((byte)(b ^ 0xFF));
        }

        var damaged = await Check();
        Assert.True(damaged.Code == 5, $"exit code {damaged.Code} for a corrupted {segment.Name}: {damaged.Stdout}{damaged.Stderr}");
        Assert.Equal("", damaged.Stdout);
        var lines = damaged.Stderr.TrimEnd().Split('\n');
        Assert.Equal($"error: the lucene index at {IndexPath} is damaged:", lines[0]);
        Assert.Contains("checksum failed", lines[1], StringComparison.Ordinal);
        Assert.Equal($"Rebuild it from the corpus: indexer index <corpus> --engine lucene --db {IndexPath} --rebuild", lines[^1]);
    }

    private async Task<(int Code, string Stdout, string Stderr)> Check()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Client.Tests.Infrastructure.ApiProcess.BuiltAssembly("IndexerAssembly"), "check", "--engine", "lucene", "--db", IndexPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await Bounded.WaitForExitAsync(process, TimeSpan.FromSeconds(90), "indexer check");
        return (process.ExitCode, await stdout.Within(TimeSpan.FromSeconds(10), "the check's output"), await stderr.Within(TimeSpan.FromSeconds(10), "the check's errors"));
    }
}
