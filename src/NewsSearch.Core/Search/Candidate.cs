namespace NewsSearch.Core.Search;

/// <summary>A matching article as a catalog slot, with what relevance ordering needs.</summary>
/// <param name="Slot">The article's slot in the catalog.</param>
/// <param name="Score">BM25 relevance (0 when unscored).</param>
/// <param name="OnWords">True when it matched on whole words, not only bigrams.</param>
internal readonly record struct Candidate(int Slot, double Score, bool OnWords);
