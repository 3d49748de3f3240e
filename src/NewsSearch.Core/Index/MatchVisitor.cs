namespace NewsSearch.Core.Index;

/// <summary>
/// Receives one matching article, as its slot in the catalog the match was asked against, while
/// the engine walks its matches: filtering, facet counting and collecting happen in that one pass.
/// </summary>
/// <param name="slot">The article's slot in the catalog.</param>
/// <param name="score">Relevance, higher is better (0 when unscored).</param>
/// <param name="onWords">True when the article matches the query's whole words, not only through bigrams.</param>
public delegate void MatchVisitor(int slot, double score, bool onWords);
