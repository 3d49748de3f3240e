using NewsSearch.Core.Index;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// Copies every article of one index into another, for example from the Lucene.Net directory to PostgreSQL.
/// Articles are analyzed again on the way (the engines store terms in their own forms), and those
/// the target already holds with the same content are skipped, so a copy that was interrupted
/// resumes where it stopped. The source's file records follow the articles, so incremental
/// indexing into the target goes on from where the source was.
/// </summary>
public sealed class IndexCopier
{
    /// <summary>Articles read, analyzed and committed together.</summary>
    public const int ChunkSize = 500;

    private readonly ArticlePreparer _preparer;
    private readonly TimeProvider _time;

    /// <summary>Creates a copier that analyzes with <paramref name="preparer"/>.</summary>
    public IndexCopier(ArticlePreparer preparer, TimeProvider time)
    {
        _preparer = preparer;
        _time = time;
    }

    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/>; progress reports articles handled so far.</summary>
    public IndexCopySummary Copy(IArticleIndex from, IArticleIndex to, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        var started = _time.GetTimestamp();
        // Source order (the engine's key order) keeps each reprint group's earliest article first,
        // so the target groups the same stories under the same leaders.
        var keys = from.LoadCatalog().Keys.Order().ToArray();
        long copied = 0, present = 0;
        foreach (var chunk in keys.Chunk(ChunkSize))
        {
            cancellation.ThrowIfCancellationRequested();
            var articles = from.Fetch(chunk);
            var ordered = chunk.Where(articles.ContainsKey).Select(k => articles[k]).ToList();
            var stored = to.ContentHashes(ordered.Select(a => a.Id).ToList());
            var missing = ordered.Where(a => !stored.TryGetValue(a.Id, out var hash) || hash != ArticlePreparer.ContentHash(a)).ToList();
            var prepared = missing.AsParallel().AsOrdered().WithCancellation(cancellation).Select(_preparer.Prepare).ToList();
            using (var batch = to.BeginBatch())
            {
                prepared.ForEach(p => batch.Upsert(p));
                batch.Commit();
            }

            copied += prepared.Count;
            present += ordered.Count - prepared.Count;
            progress?.Report((int)(copied + present));
        }

        using (var batch = to.BeginBatch())
        {
            foreach (var file in from.SourceFiles().Values)
            {
                batch.RecordSourceFile(file);
            }

            batch.Commit();
        }

        return new IndexCopySummary(keys.Length, copied, present, _time.GetElapsedTime(started));
    }
}
