using System.Security.Cryptography;
using System.Threading.Channels;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// Indexes corpus files incrementally. Files whose hash is unchanged are skipped; the others are
/// read, then cleaned articles are tagged and analyzed on all cores while one writer commits them
/// in batches. A file is recorded as indexed in the same transaction as its last article, so a
/// run killed at any moment leaves a consistent index and the next run completes the work.
/// </summary>
public sealed partial class CorpusIndexer
{
    private const int QueueCapacity = 256;

    private readonly IArticleIndex _index;
    private readonly ArticleFileReader _reader;
    private readonly ArticlePreparer _preparer;
    private readonly TimeProvider _time;

    /// <summary>Creates an indexer writing to <paramref name="index"/>.</summary>
    public CorpusIndexer(IArticleIndex index, ArticleFileReader reader, ArticlePreparer preparer, TimeProvider time)
    {
        _index = index;
        _reader = reader;
        _preparer = preparer;
        _time = time;
    }

    /// <summary>Indexes the files and folders in <paramref name="paths"/>.</summary>
    public async Task<IndexingSummary> IndexAsync(
        IReadOnlyList<string> paths, IndexingOptions options, IProgress<IndexingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var started = _time.GetTimestamp();
        var run = new IndexingRun(options, progress);
        var files = CorpusFile.Find(paths, run.Skipped);
        run.FilesTotal = files.Count;
        var known = _index.SourceFiles();

        // Enough to keep the analysis threads busy through a commit (a few hundred milliseconds) and
        // no more: every queued article survives collections of the youngest generation, and with
        // 2,000 queued (as before) those copies were a large part of the garbage collector's work.
        var capacity = QueueCapacity;
        var toPrepare = Channel.CreateBounded<PendingArticle>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<WriterMessage>(new BoundedChannelOptions(capacity) { SingleReader = true });

        // If the writer fails (a full disk, a broken file), everything upstream stops instead of
        // waiting forever on full queues, and the writer's error is what the caller sees.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var token = stop.Token;
        var producer = Task.Run(() => ProduceAsync(files, known, run, toPrepare.Writer, toWrite.Writer, token), token);
        var workers = Enumerable.Range(0, Math.Max(1, options.Workers))
            .Select(_ => Task.Run(() => PrepareAsync(toPrepare.Reader, toWrite.Writer, token), token))
            .ToArray();
        var writer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    Write(toWrite.Reader, run, token);
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
            },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            await producer.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            // The writer stopped the run; its exception is rethrown below.
        }
        finally
        {
            toPrepare.Writer.TryComplete();
            try
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
            }

            toWrite.Writer.TryComplete();
        }

        await writer.ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        if (options.Prune)
        {
            Prune(known, run);
        }

        return run.Summary(_time.GetElapsedTime(started));
    }

    private async Task ProduceAsync(
        List<CorpusFile> files, IReadOnlyDictionary<string, SourceFileRecord> known, IndexingRun run,
        ChannelWriter<PendingArticle> toPrepare, ChannelWriter<WriterMessage> toWrite, CancellationToken cancellation)
    {
        var sequence = 0L;
        foreach (var file in files)
        {
            cancellation.ThrowIfCancellationRequested();
            run.Seen.Add(file.RelativePath);
            string hash;
            try
            {
                hash = await HashAsync(file.FullPath, cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await toWrite.WriteAsync(new FileSkipped(sequence++, new SkippedItem(file.RelativePath, "cannot read: " + e.Message)), cancellation).ConfigureAwait(false);
                continue;
            }

            if (known.TryGetValue(file.RelativePath, out var record) && record.Hash == hash)
            {
                await toWrite.WriteAsync(new FileUnchanged(sequence++, record.ArticleCount), cancellation).ConfigureAwait(false);
                continue;
            }

            var state = new FileState(file.RelativePath, hash);
            var skippedWhole = false;
            foreach (var item in _reader.ReadItems(file.FullPath, file.Root))
            {
                if (item.Problem is { } problem)
                {
                    skippedWhole |= problem.Skipped && problem.Origin == file.RelativePath;
                    await toWrite.WriteAsync(new Problem(sequence++, new SkippedItem(problem.Origin, problem.Reason), problem.Skipped), cancellation).ConfigureAwait(false);
                }
                else
                {
                    state.Expected++;
                    await toPrepare.WriteAsync(new PendingArticle(sequence++, state, item.Article!), cancellation).ConfigureAwait(false);
                }
            }

            await toWrite.WriteAsync(new FileRead(sequence++, state, skippedWhole && state.Expected == 0), cancellation).ConfigureAwait(false);
        }
    }

    private async Task PrepareAsync(ChannelReader<PendingArticle> input, ChannelWriter<WriterMessage> output, CancellationToken cancellation)
    {
        await foreach (var (sequence, file, article) in input.ReadAllAsync(cancellation).ConfigureAwait(false))
        {
            WriterMessage message;
            try
            {
                // A resumed or repeated run meets mostly stored articles: a lookup by id is far
                // cheaper than analyzing them again only for the writer to find nothing changed.
                var hash = ArticlePreparer.ContentHash(article);
                message = IsStored(article.Id, hash)
                    ? new ArticleStored(sequence, file, article, hash)
                    : new ArticlePrepared(sequence, file, _preparer.Prepare(article));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in one article's analysis must not stop the corpus: report it and go on.
                message = new ArticleFailed(sequence, file, new SkippedItem(article.Origin ?? article.Id, "could not analyze: " + e.Message));
            }

            await output.WriteAsync(message, cancellation).ConfigureAwait(false);
        }
    }

    private bool IsStored(string id, string contentHash) =>
        _index.ContentHashes([id]).TryGetValue(id, out var stored) && stored == contentHash;

    private static async Task<string> HashAsync(string path, CancellationToken cancellation)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellation).ConfigureAwait(false));
    }
}
