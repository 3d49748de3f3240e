using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Reliability.Tests.Api;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Indexing;

/// <summary>
/// A Lucene.Net index on a small tmpfs fills it: the write fails clearly (the indexer run throws,
/// the CLI exits 6 with a message, the API answers 507), the last commit stays readable and passes
/// CheckIndex, and with room the same work completes.
/// </summary>
public sealed class DiskFullTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    // About 250 of them fill 3 MB; the rest are what the run with room adds.
    private const int Articles = 600;
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-rel-full-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // This once hung: a failed writer left the reader and the analysis threads blocked on full queues.
    [SkippableFact]
    public async Task IndexAsync_DiskFills_FailsClearlyAndLeavesTheLastCommitThatCompletesWithRoom()
    {
        var corpus = await Feed();
        var full = Path.Combine(_folder, "small", "index");
        var roomy = Path.Combine(_folder, "roomy");
        long kept;
        using (var disk = SmallDisk.Mount(Path.Combine(_folder, "small"), megabytes: 3))
        {
            Exception? failure;
            using (var index = LuceneArticleIndex.Open(full, segmenter: "icu"))
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                failure = await Record.ExceptionAsync(() => Indexer(index).IndexAsync([corpus], new IndexingOptions { BatchSize = 100 }, cancellation: timeout.Token)
                    .Within(TimeSpan.FromSeconds(90), "the run on a full disk, cancelled after 60 s"));
                Assert.False(timeout.IsCancellationRequested, "the run hung on a full disk instead of failing");
            }

            Assert.IsType<IndexStorageFullException>(failure);
            kept = IndexChecks.AssertHealthy(full);
            output.WriteLine($"{kept} of {Articles} articles committed before the disk filled");
            Assert.InRange(kept, 1, Articles - 1);
            CopyIndex(full, roomy);
        }

        using (var index = LuceneArticleIndex.Open(roomy))
        {
            var summary = await Indexer(index).IndexAsync([corpus], new IndexingOptions()).Within(TimeSpan.FromSeconds(60), "the run with room");
            Assert.Empty(summary.Skipped);
            Assert.Equal((Articles - kept, kept), (summary.Added, summary.Unchanged));
        }

        Assert.Equal(Articles, IndexChecks.AssertHealthy(roomy));
    }

    [SkippableFact]
    public async Task TheIndexerCliOnAFullDiskSaysSoAndExitsSix()
    {
        var corpus = await Feed();
        var full = Path.Combine(_folder, "small", "index");
        using var disk = SmallDisk.Mount(Path.Combine(_folder, "small"), megabytes: 3);

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Client.Tests.Infrastructure.ApiProcess.BuiltAssembly("IndexerAssembly"), "index", corpus, "--engine", "lucene", "--segmenter", "icu", "--db", full },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await Bounded.WaitForExitAsync(process, TimeSpan.FromSeconds(90), "the indexer on a full disk");
        var errors = await stderr.Within(TimeSpan.FromSeconds(10), "the indexer's errors");
        await stdout.Within(TimeSpan.FromSeconds(10), "the indexer's output");

        Assert.True(process.ExitCode == 6, $"exit code {process.ExitCode}: {errors}");
        Assert.StartsWith($"error: The disk holding the index at {full} is full; the index keeps its last commit.", errors.Split('\n').Single(l => l.StartsWith("error: ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.InRange(IndexChecks.AssertHealthy(full), 0, Articles - 1);
    }

    [SkippableFact]
    public async Task APostOnAFullDiskGets507AndNothingOfItWhileSearchesGoOnAndTheSamePostSucceedsOnceThereIsRoom()
    {
        const int batch = 25;
        using var disk = SmallDisk.Mount(Path.Combine(_folder, "small"), megabytes: 4);
        var indexPath = Path.Combine(disk.Folder, "index");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("NewsSearch:Engine", ArticleIndexes.Lucene);
            builder.UseSetting("NewsSearch:IndexPath", indexPath);
            builder.UseSetting("NewsSearch:Segmenter", "icu");
            builder.UseSetting("NewsSearch:CorpusPath", "");
            builder.UseSetting("NewsSearch:ApiKey", ReliabilityApplication.ApiKey);
            builder.UseSetting("NewsSearch:WritesPerMinute", "100000");
        });
        using var http = factory.CreateDefaultClient(new BoundedRequests(BoundedRequests.DefaultLimit));
        await ServedIndex.AssertAsync(http, ArticleIndexes.Lucene, indexPath);
        http.DefaultRequestHeaders.Add("X-Api-Key", ReliabilityApplication.ApiKey);
        disk.Fill(megabytes: 2);

        var acknowledged = 0;
        HttpResponseMessage? refused = null;
        for (var b = 0; b < 200 && refused is null; b++)
        {
            var response = await Post(http, b);
            if (response.IsSuccessStatusCode)
            {
                acknowledged++;
                response.Dispose();
            }
            else
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.InsufficientStorage, $"{(int)refused.StatusCode}: {body}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal("The disk holding the index is full", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
        }

        Assert.True(acknowledged > 0, "the disk was full before the first POST: nothing tested the last commit");
        Assert.Equal(acknowledged * batch, await Total(http));
        Assert.Equal(acknowledged * batch, IndexChecks.AssertHealthy(indexPath));

        disk.FreeFiller();
        using (var again = await Post(http, acknowledged))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Equal((acknowledged + 1) * batch, await Total(http));

        static Task<HttpResponseMessage> Post(HttpClient http, int b) =>
            http.PostAsync("/api/v1/articles", new StringContent(SyntheticArticles.Batch("full" + b, batch, b), Encoding.UTF8, "application/json"));
    }

    private static async Task<int> Total(HttpClient http)
    {
        using var response = await http.GetAsync("/api/v1/search?collapse=false&pageSize=1");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
    }

    private async Task<string> Feed()
    {
        var corpus = Path.Combine(_folder, "feed.jsonl");
        await File.WriteAllLinesAsync(corpus, SyntheticArticles.Json("full", Articles, 7));
        return corpus;
    }

    // The files of the last commit, as an operator would move the index to a roomier disk.
    private static void CopyIndex(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => Path.GetFileName(f) != "write.lock"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static CorpusIndexer Indexer(LuceneArticleIndex index)
    {
        var analyzer = IndexAnalyzers.For(index);
        return new(index, new ArticleFileReader(), new ArticlePreparer(analyzer, new FacetTagger(FacetVocabulary.Default, analyzer.Folder)), TimeProvider.System);
    }
}
