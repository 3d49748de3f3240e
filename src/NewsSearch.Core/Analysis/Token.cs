namespace NewsSearch.Core.Analysis;

/// <summary>An indexed term and the span of original text it came from.</summary>
/// <param name="Term">The folded term as stored in the index.</param>
/// <param name="Start">Start offset in the original text.</param>
/// <param name="End">End offset (exclusive) in the original text.</param>
public readonly record struct Token(string Term, int Start, int End);
