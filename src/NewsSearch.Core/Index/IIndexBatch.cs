namespace NewsSearch.Core.Index;

/// <summary>A unit of work on the index: commit makes all of it visible at once; dispose without commit discards it.</summary>
public interface IIndexBatch : IDisposable
{
    /// <summary>Adds or replaces an article by id. Returns what happened.</summary>
    UpsertOutcome Upsert(IndexedArticle article);

    /// <summary>The id of another article with this content hash, or null: the same story stored under a second id.</summary>
    string? FindDuplicate(string contentHash, string exceptId);

    /// <summary>Where the stored article with this id came from (its origin, or its id when it has none), or null when there is none.</summary>
    string? OriginOf(string id);

    /// <summary>The content hash of the article with this id as this batch sees it (its own writes included), or null.</summary>
    string? ContentHashOf(string id);

    /// <summary>
    /// Points a stored article at the file and line it was read from this time, when it has moved
    /// there unchanged, so that pruning its old file does not remove it. A null origin changes nothing.
    /// </summary>
    void MoveOrigin(string id, string? origin);

    /// <summary>
    /// Rewrites the facet tags of the stored article with the id of <paramref name="article"/> to its
    /// tags, leaving the article's text, content hash, origin and reprint group as they are (an upsert
    /// of the same content would change nothing); false when there is no such article. The article
    /// must be the stored one prepared again: an engine that keeps tags with the text rewrites both.
    /// </summary>
    bool Retag(IndexedArticle article);

    /// <summary>Removes an article by id; false when there was none.</summary>
    bool Delete(string id);

    /// <summary>Removes the articles that came from <paramref name="path"/> whose ids are not in <paramref name="keep"/>; returns how many.</summary>
    int DeleteFromFile(string path, IReadOnlySet<string> keep);

    /// <summary>Records that <paramref name="file"/> has been fully indexed.</summary>
    void RecordSourceFile(SourceFileRecord file);

    /// <summary>Forgets a source file (its articles are removed separately).</summary>
    void ForgetSourceFile(string path);

    /// <summary>Makes the batch durable and visible.</summary>
    void Commit();
}
