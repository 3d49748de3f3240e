using Lucene.Net.Index;
using NewsSearch.Core.Reprints;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// One unit of work of an <see cref="IndexWriter"/>, which holds the directory's write lock from
/// <see cref="LuceneArticleIndex.BeginBatch"/> to commit or disposal: a commit makes every write
/// visible at once, disposal without one rolls them all back.
/// </summary>
internal sealed class LuceneIndexBatch : IIndexBatch
{
    private readonly IndexWriter _writer;
    private readonly ReaderHolder.Lease _committed;
    private readonly BatchArticles _articles;
    private readonly Action<bool> _onEnd;
    private readonly long _generation;
    private readonly string _segmenter;
    private readonly string _location;
    private long _nextKey;
    private bool _ended;

    /// <param name="writer">The writer, kept by the index between batches.</param>
    /// <param name="committed">The commit the batch starts from.</param>
    /// <param name="segmenter">The segmenter the batch's articles were analyzed with, recorded with the commit.</param>
    /// <param name="location">The index directory, for messages.</param>
    /// <param name="onEnd">Told whether the batch committed, once it has ended either way.</param>
    public LuceneIndexBatch(IndexWriter writer, ReaderHolder.Lease committed, string segmenter, string location, Action<bool> onEnd)
    {
        _location = location;
        _segmenter = segmenter;
        _writer = writer;
        _committed = committed;
        _onEnd = onEnd;
        _articles = new BatchArticles(committed.Searcher);
        var data = committed.Reader.IndexCommit.UserData;
        _generation = CommitData.Generation(data);
        _nextKey = CommitData.NextKey(data);
    }

    public UpsertOutcome Upsert(IndexedArticle article)
    {
        var id = article.Article.Id;
        var existing = _articles.Get(id);
        if (existing is not null && existing.Hash == article.ContentHash)
        {
            MoveOrigin(id, article.Article.Origin);
            return UpsertOutcome.Unchanged;
        }

        if (existing is not null)
        {
            Remove(existing);
        }

        var key = existing?.Key ?? _nextKey++;
        var group = article.Signature is { } signature ? FindReprintGroup(signature, article.Article.Published) : null;
        var state = new ArticleState(key, id, article.ContentHash, article.Article.Origin, group, article.Signature, article.Article.Published);
        try
        {
            // A full RAM buffer flushes here, so a full disk can surface here too.
            _writer.AddDocument(ArticleFields.ArticleDocument(article, key));
            _writer.AddDocument(ArticleFields.PlacementDocument(state));
        }
        catch (Exception e) when (IndexStorageFullException.IsDiskFull(e))
        {
            throw new IndexStorageFullException(_location, e);
        }

        _articles.Put(state);
        return existing is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
    }

    public bool Retag(IndexedArticle article)
    {
        if (_articles.Get(article.Article.Id) is not { } state)
        {
            return false;
        }

        // Tags live in the article document; the placement (origin, group) is its own document and stays.
        try
        {
            _writer.UpdateDocument(new Term(ArticleFields.Key, ArticleFields.Text(state.Key)), ArticleFields.ArticleDocument(article, state.Key));
        }
        catch (Exception e) when (IndexStorageFullException.IsDiskFull(e))
        {
            throw new IndexStorageFullException(_location, e);
        }

        return true;
    }

    public string? FindDuplicate(string contentHash, string exceptId) =>
        _articles.IdsWithHash(contentHash).FirstOrDefault(id => id != exceptId);

    public string? OriginOf(string id) => _articles.Get(id) is { } state ? state.Origin ?? state.Id : null;

    public string? ContentHashOf(string id) => _articles.Get(id)?.Hash;

    public void MoveOrigin(string id, string? origin)
    {
        // Only a file origin moves: the same article re-posted through the API keeps the file it came from.
        if (origin is not null && _articles.Get(id) is { } state && state.Origin != origin)
        {
            Place(state with { Origin = origin });
        }
    }

    public bool Delete(string id)
    {
        if (_articles.Get(id) is not { } state)
        {
            return false;
        }

        Remove(state);
        return true;
    }

    public int DeleteFromFile(string path, IReadOnlySet<string> keep)
    {
        var doomed = _articles.FromFileExcept(path, keep);
        doomed.ForEach(Remove);
        return doomed.Count;
    }

    public void RecordSourceFile(SourceFileRecord file) =>
        _writer.UpdateDocument(new Term(ArticleFields.FilePath, file.Path), ArticleFields.FileDocument(file));

    public void ForgetSourceFile(string path) => _writer.DeleteDocuments(new Term(ArticleFields.FilePath, path));

    public void Commit()
    {
        try
        {
            _writer.SetCommitData(CommitData.Make(_generation + 1, _nextKey, _segmenter));
            _writer.Commit();
        }
        catch (Exception e) when (IndexStorageFullException.IsDiskFull(e))
        {
            // Also a merge's MergeException around the IOException. The caller disposes the batch,
            // which rolls it back: the last commit stays the index.
            throw new IndexStorageFullException(_location, e);
        }

        End(commit: true);
    }

    public void Dispose() => End(commit: false);

    private void End(bool commit)
    {
        if (_ended)
        {
            return;
        }

        // The writer rolls back (and closes) in the end action when the batch did not commit.
        _ended = true;
        _committed.Dispose();
        _onEnd(commit);
    }

    private void Place(ArticleState state)
    {
        _writer.UpdateDocument(new Term(ArticleFields.PlacementKey, ArticleFields.Text(state.Key)), ArticleFields.PlacementDocument(state));
        _articles.Put(state);
    }

    private void Remove(ArticleState state)
    {
        var key = ArticleFields.Text(state.Key);
        _writer.DeleteDocuments(new Term(ArticleFields.Key, key), new Term(ArticleFields.PlacementKey, key));
        _articles.Remove(state);
        PassOnLeadership(state.Key);
    }

    // Before a group's leader goes, the next-indexed member takes over, so the rest stay one group.
    private void PassOnLeadership(long leader)
    {
        var members = _articles.MembersOf(leader).OrderBy(m => m.Key).ToList();
        if (members.Count == 0)
        {
            return;
        }

        var heir = members[0].Key;
        foreach (var member in members)
        {
            Place(member with { Group = member.Key == heir ? null : heir });
        }
    }

    // The group of the most similar stored article of a nearby period sharing an LSH band, if
    // similar enough (ties to the earliest group); else null, and the article leads its own group.
    private long? FindReprintGroup(ReprintSignature signature, DateOnly? published)
    {
        var candidates = _articles.WithBands(ReprintPeriod.Neighbourhood(published).SelectMany(signature.BandKeys).ToList());
        long? best = null;
        var bestSimilarity = 0.0;
        foreach (var (group, other) in candidates.Values)
        {
            var similarity = signature.Similarity(other);
            if (similarity >= ReprintDefaults.SimilarityThreshold
                && (similarity > bestSimilarity || (similarity == bestSimilarity && group < best)))
            {
                (best, bestSimilarity) = (group, similarity);
            }
        }

        return best;
    }
}
