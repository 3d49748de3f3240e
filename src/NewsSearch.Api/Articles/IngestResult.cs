namespace NewsSearch.Api.Articles;

/// <summary>What a POST did.</summary>
/// <param name="Added">New articles.</param>
/// <param name="Updated">Articles replaced with changed content.</param>
/// <param name="Unchanged">Articles already stored with the same content (re-posting is safe).</param>
/// <param name="Skipped">Articles not stored, with reasons.</param>
public sealed record IngestResult(int Added, int Updated, int Unchanged, IReadOnlyList<IngestSkip> Skipped);

/// <summary>An article of the request that was not stored.</summary>
/// <param name="Index">Its position in the request, from 0.</param>
/// <param name="Id">Its id, if it had one.</param>
/// <param name="Reason">Why.</param>
public sealed record IngestSkip(int Index, string? Id, string Reason);
