using NewsSearch.Client;
using NewsSearch.Client.Articles;
using Article = NewsSearch.Core.Articles.Article;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Indexer.Remote;

/// <summary>
/// Indexes files into a running service: reads and cleans them exactly as a local run does and
/// posts the articles in batches. The API has no way to ask which hashes it holds, but re-posting
/// unchanged content is a no-op it reports as unchanged, so an interrupted run is safe to repeat.
/// Content hashes are computed as the service computes them, to skip in-run duplicates as it would.
/// </summary>
internal sealed class RemoteIndexer(INewsSearchClient client, TimeProvider time)
{
    public const int DefaultBatchSize = 200;

    public async Task<IndexingSummary> IndexAsync(
        IReadOnlyList<string> paths, int batchSize, IProgress<IndexingProgress>? progress, CancellationToken cancellation)
    {
        var started = time.GetTimestamp();
        var run = new RemoteRun();
        var files = CorpusFile.Find(paths, run.Skipped);
        var reader = new ArticleFileReader();
        var batch = new List<Article>(batchSize);
        var filesDone = 0;
        foreach (var file in files)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var item in reader.ReadItems(file.FullPath, file.Root))
            {
                if (item.Problem is { } problem)
                {
                    (problem.Skipped ? run.Skipped : run.Warnings).Add(new SkippedItem(problem.Origin, problem.Reason));
                }
                else if (run.Admit(item.Article!))
                {
                    batch.Add(item.Article!);
                    if (batch.Count >= batchSize)
                    {
                        await SendAsync(batch, run, cancellation);
                        progress?.Report(new IndexingProgress(filesDone, files.Count, run.Done));
                    }
                }
            }

            filesDone++;
            run.FilesRead++;
        }

        if (batch.Count > 0)
        {
            await SendAsync(batch, run, cancellation);
        }

        progress?.Report(new IndexingProgress(filesDone, files.Count, run.Done));
        return run.Summary(time.GetElapsedTime(started));
    }

    private async Task SendAsync(List<Article> batch, RemoteRun run, CancellationToken cancellation)
    {
        var result = await client.UpsertArticlesAsync(batch.Select(ToInput), cancellation);
        run.Record(result, batch);
        batch.Clear();
    }

    private static ArticleInput ToInput(Article article) =>
        new(article.Id, article.Url, article.Title, article.Published, article.Source, article.Author, article.Body);
}
