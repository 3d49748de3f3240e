namespace NewsSearch.Core.Indexing;

/// <summary>A file, line or article that was not indexed, and why.</summary>
/// <param name="Origin">Corpus-relative path, with <c>:line</c> for JSON Lines.</param>
/// <param name="Reason">What was wrong, for a person to act on.</param>
public sealed record SkippedItem(string Origin, string Reason);
