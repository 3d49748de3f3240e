namespace NewsSearch.Client.Articles;

/// <summary>The content hashes the service holds for a set of ids.</summary>
/// <param name="Hashes">Article id to content hash; ids the service does not hold are absent.</param>
public sealed record ContentHashes(IReadOnlyDictionary<string, string> Hashes);
