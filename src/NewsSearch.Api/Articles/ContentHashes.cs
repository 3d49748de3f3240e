namespace NewsSearch.Api.Articles;

/// <summary>The content hashes of the requested articles that the service holds.</summary>
/// <param name="Hashes">Article id to content hash; ids the service does not hold are absent.</param>
public sealed record ContentHashes(IReadOnlyDictionary<string, string> Hashes);
