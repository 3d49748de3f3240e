using NewsSearch.Client;
using NewsSearch.Client.Articles;
using Article = NewsSearch.Core.Articles.Article;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Indexer.Remote;

/// <summary>
/// Indexes files into a running service: reads and cleans them exactly as a local run does, asks
/// the service for the content hashes of each batch's ids, and posts only the articles it lacks or
/// holds with other content. Hashes are computed as the service computes them; so an interrupted
/// run, started again, sends only what did not arrive (and a re-post would be a no-op anyway).
/// </summary>
internal sealed class RemoteIndexer(INewsSearchClient client, TimeProvider time)
{
    public const int DefaultBatchSize = 200;

    public async Task<RemoteIndexingResult> IndexAsync(
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
        return new RemoteIndexingResult(run.Summary(time.GetElapsedTime(started)), run.Sent, run.AlreadyThere);
    }

    private async Task SendAsync(List<Article> batch, RemoteRun run, CancellationToken cancellation)
    {
        var held = await client.GetContentHashesAsync(batch.Select(a => a.Id), cancellation);
        var changed = batch.Where(a => !held.TryGetValue(a.Id, out var hash) || hash != ArticlePreparer.ContentHash(a)).ToList();
        run.RecordAlreadyThere(batch.Count - changed.Count);
        if (changed.Count > 0)
        {
            var result = await client.UpsertArticlesAsync(changed.Select(ToInput), cancellation);
            run.Record(result, changed);
        }

        batch.Clear();
    }

    private static ArticleInput ToInput(Article article) =>
        new(article.Id, article.Url, article.Title, article.Published, article.Source, article.Author, article.Body);
}
