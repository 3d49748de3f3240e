namespace NewsSearch.Core.Index;

/// <summary>A corpus file as last indexed.</summary>
/// <param name="Path">Path relative to the corpus root it was indexed from, with '/' separators.</param>
/// <param name="Hash">SHA-256 of the file's bytes.</param>
/// <param name="ArticleCount">How many articles it produced.</param>
/// <param name="IndexedAt">When it was indexed.</param>
public sealed record SourceFileRecord(string Path, string Hash, int ArticleCount, DateTimeOffset IndexedAt);
