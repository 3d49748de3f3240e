namespace NewsSearch.Core.Indexing;

/// <summary>Where a run is.</summary>
/// <param name="FilesDone">Files fully processed.</param>
/// <param name="FilesTotal">Files found.</param>
/// <param name="ArticlesDone">Articles written, unchanged or skipped so far.</param>
public readonly record struct IndexingProgress(int FilesDone, int FilesTotal, long ArticlesDone);
