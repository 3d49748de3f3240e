namespace NewsSearch.Client.Articles;

/// <summary>An article of a write that was not stored.</summary>
/// <param name="Index">Its position in the write, from 0.</param>
/// <param name="Id">Its id, if it had one.</param>
/// <param name="Reason">Why it was not stored.</param>
public sealed record UpsertSkip(int Index, string? Id, string Reason);
