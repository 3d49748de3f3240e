namespace NewsSearch.Core.Index;

/// <summary>One matching article.</summary>
/// <param name="Key">The engine's internal key of the article (stable until the article is replaced).</param>
/// <param name="Score">Relevance, higher is better (BM25 with the title weighted above the body).</param>
/// <param name="OnWords">True when the article matches the query's whole words, not only through bigrams.</param>
public readonly record struct ScoredMatch(long Key, double Score, bool OnWords);
