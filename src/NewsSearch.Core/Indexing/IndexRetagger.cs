using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// Tags every article of an index again from the text the index holds (after the vocabulary or the
/// tagging rule changed), without reading the sources: each stored article is read back, tagged,
/// and written back when its tags differ, its text, hash, origin and reprint group unchanged.
/// Chunks commit one by one, so an interrupted run keeps what it did and a second run finishes.
/// </summary>
public sealed class IndexRetagger
{
    /// <summary>Articles read, tagged and committed together.</summary>
    public const int ChunkSize = 500;

    private readonly FacetTagger _tagger;
    private readonly ArticlePreparer _preparer;
    private readonly TimeProvider _time;

    /// <summary>Creates a retagger; <paramref name="preparer"/> must use <paramref name="tagger"/> and the index's analyzer.</summary>
    public IndexRetagger(FacetTagger tagger, ArticlePreparer preparer, TimeProvider time)
    {
        _tagger = tagger;
        _preparer = preparer;
        _time = time;
    }

    /// <summary>Retags every article of <paramref name="index"/>; progress reports articles handled so far.</summary>
    public IndexRetagSummary Retag(IArticleIndex index, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        var started = _time.GetTimestamp();
        var keys = index.LoadCatalog().Keys.Order().ToArray();
        long handled = 0, retagged = 0;
        foreach (var chunk in keys.Chunk(ChunkSize))
        {
            cancellation.ThrowIfCancellationRequested();
            var articles = index.Fetch(chunk);
            // Tagging is cheap; only articles whose tags change are analyzed again and written.
            var changed = chunk.Where(articles.ContainsKey).Select(k => articles[k])
                .AsParallel().AsOrdered().WithCancellation(cancellation)
                .Where(a => !SameTags(a.Tags, _tagger.Tag(a.Title, a.Body)))
                .Select(_preparer.Prepare)
                .ToList();
            if (changed.Count > 0)
            {
                using var batch = index.BeginBatch();
                retagged += changed.Count(batch.Retag);
                batch.Commit();
            }

            handled += chunk.Length;
            progress?.Report((int)handled);
        }

        return new IndexRetagSummary(keys.Length, retagged, _time.GetElapsedTime(started));
    }

    // The same values with the same mentions per dimension, whatever order an engine reads them back in.
    private static bool SameTags(ArticleTags stored, ArticleTags tagged) =>
        Enum.GetValues<FacetDimension>().All(d =>
            stored.Of(d).OrderBy(t => t.Id, StringComparer.Ordinal).SequenceEqual(tagged.Of(d).OrderBy(t => t.Id, StringComparer.Ordinal)));
}
