namespace NewsSearch.Core.Index;

/// <summary>An indexed word and the number of articles holding it.</summary>
/// <param name="Word">The word as stored (folded: lower case, Simplified script).</param>
/// <param name="Articles">Articles holding it.</param>
public readonly record struct WordCount(string Word, int Articles);
