namespace NewsSearch.Client.Articles;

/// <summary>What a write of articles did.</summary>
/// <param name="Added">New articles.</param>
/// <param name="Updated">Articles replaced with changed content.</param>
/// <param name="Unchanged">Articles already stored with the same content.</param>
/// <param name="Skipped">Articles not stored, with reasons.</param>
public sealed record UpsertResult(int Added, int Updated, int Unchanged, IReadOnlyList<UpsertSkip> Skipped);
