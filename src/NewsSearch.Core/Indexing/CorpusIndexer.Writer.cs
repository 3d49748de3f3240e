using System.Diagnostics;
using System.Threading.Channels;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Indexing;

public sealed partial class CorpusIndexer
{
    // The first commit comes soon (progress shows, a kill loses little); while batches fill up before
    // their time is out (a fast bulk run), each may be twice as long as the last, up to these limits:
    // every commit flushes a small segment, syncs it to disk and opens a new reader, which a long run
    // need not pay for every second. A slow run keeps committing every two seconds.
    private static readonly TimeSpan FirstCommitInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestCommitInterval = TimeSpan.FromSeconds(16);
    private const int LongestBatchGrowth = 8;

    // The single writer: the only code that touches the index during a run. Messages are handled
    // in the reader's order; those that arrive early wait in a small buffer.
    private void Write(ChannelReader<WriterMessage> input, IndexingRun run, CancellationToken cancellation)
    {
        var batch = _index.BeginBatch();
        var pending = 0;
        var batchSize = run.Options.BatchSize;
        var interval = FirstCommitInterval;
        var lastCommit = Stopwatch.GetTimestamp();
        var early = new Dictionary<long, WriterMessage>();
        var next = 0L;
        try
        {
            while (input.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
            {
                while (input.TryRead(out var arrived))
                {
                    early[arrived.Sequence] = arrived;
                    while (early.Remove(next, out var message))
                    {
                        next++;
                        pending += Handle(batch, message, run);
                        var full = pending >= batchSize;
                        if (full || (pending > 0 && Stopwatch.GetElapsedTime(lastCommit) > interval))
                        {
                            batch.Commit();
                            batch.Dispose();
                            batch = _index.BeginBatch();
                            pending = 0;
                            lastCommit = Stopwatch.GetTimestamp();
                            if (full)
                            {
                                batchSize = Math.Min(batchSize * 2, run.Options.BatchSize * LongestBatchGrowth);
                                interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, LongestCommitInterval.Ticks));
                            }

                            run.ReportProgress();
                        }
                    }
                }
            }

            batch.Commit();
            run.ReportProgress();
        }
        finally
        {
            batch.Dispose();
        }
    }

    // Returns the number of writes the message caused, towards the batch size.
    private int Handle(IIndexBatch batch, WriterMessage message, IndexingRun run)
    {
        switch (message)
        {
            case ArticlePrepared prepared:
                var writes = Upsert(batch, prepared, run);
                prepared.File.Done++;
                return writes + CompleteIfDone(batch, prepared.File, run);
            case ArticleStored stored:
                var rewrites = KeepStored(batch, stored, run);
                stored.File.Done++;
                return rewrites + CompleteIfDone(batch, stored.File, run);
            case ArticleFailed failed:
                run.Skipped.Add(failed.Item);
                failed.File.Done++;
                return CompleteIfDone(batch, failed.File, run);
            case FileRead read:
                read.File.ReadComplete = true;
                read.File.SkippedWhole = read.SkippedWhole;
                run.FilesRead++;
                return CompleteIfDone(batch, read.File, run);
            case FileUnchanged unchanged:
                run.UnchangedFiles++;
                run.Unchanged += unchanged.ArticleCount;
                run.FilesDone++;
                return 0;
            case FileSkipped skipped:
                run.Skipped.Add(skipped.Item);
                run.FilesDone++;
                return 0;
            case Problem problem:
                (problem.Skipped ? run.Skipped : run.Warnings).Add(problem.Item);
                return 0;
            default:
                throw new UnreachableException(message.GetType().Name);
        }
    }

    private static int Upsert(IIndexBatch batch, ArticlePrepared prepared, IndexingRun run)
    {
        if (!Claim(batch, prepared.Article.Article, prepared.Article.ContentHash, prepared.File, run))
        {
            return 0;
        }

        switch (batch.Upsert(prepared.Article))
        {
            case UpsertOutcome.Added:
                run.Added++;
                return 1;
            case UpsertOutcome.Updated:
                run.Updated++;
                return 1;
            default:
                run.Unchanged++;
                return 0;
        }
    }

    // The analysis thread saw the article stored with this content; the same checks as a write, so a
    // repeated id or a twin under another id is reported exactly as if it had been analyzed. What the
    // thread saw may be stale (this run may have removed or replaced it since): then it is written.
    private int KeepStored(IIndexBatch batch, ArticleStored stored, IndexingRun run)
    {
        if (batch.ContentHashOf(stored.Article.Id) != stored.ContentHash)
        {
            return Upsert(batch, new ArticlePrepared(stored.Sequence, stored.File, _preparer.Prepare(stored.Article)), run);
        }

        if (Claim(batch, stored.Article, stored.ContentHash, stored.File, run))
        {
            batch.MoveOrigin(stored.Article.Id, stored.Article.Origin);
            run.Unchanged++;
        }

        return 0;
    }

    // Records the article as this run's holder of its id; false (with the reason) when it must be skipped.
    private static bool Claim(IIndexBatch batch, Articles.Article article, string contentHash, FileState file, IndexingRun run)
    {
        var origin = article.Origin ?? article.Id;
        var idHash = IndexingRun.IdHash(article.Id);
        if (run.WrittenIds.Contains(idHash) && batch.OriginOf(article.Id) is { } first)
        {
            run.Skipped.Add(new SkippedItem(origin, $"duplicate id {article.Id}: already read from {first}"));
            return false;
        }

        if (batch.FindDuplicate(contentHash, article.Id) is { } twin)
        {
            run.Skipped.Add(new SkippedItem(origin, $"duplicate of article {twin} (same content)"));
            return false;
        }

        run.WrittenIds.Add(idHash);
        file.Ids.Add(article.Id);
        return true;
    }

    private int CompleteIfDone(IIndexBatch batch, FileState file, IndexingRun run)
    {
        if (!file.ReadComplete || file.Done < file.Expected)
        {
            return 0;
        }

        run.FilesDone++;
        if (file.SkippedWhole)
        {
            return 0; // an unreadable or undecodable file keeps what it had before, and is retried next run
        }

        var removed = batch.DeleteFromFile(file.Path, file.Ids);
        run.Removed += removed;
        batch.RecordSourceFile(new SourceFileRecord(file.Path, file.Hash, file.Ids.Count, _time.GetUtcNow()));
        return removed + 1;
    }

    private void Prune(IReadOnlyDictionary<string, SourceFileRecord> known, IndexingRun run)
    {
        using var batch = _index.BeginBatch();
        foreach (var path in known.Keys.Where(p => !run.Seen.Contains(p)))
        {
            run.Removed += batch.DeleteFromFile(path, new HashSet<string>());
            batch.ForgetSourceFile(path);
        }

        batch.Commit();
    }
}
