namespace NewsSearch.Core.Search;

/// <summary>A matching article as a catalog slot, with what relevance ordering needs.</summary>
/// <param name="Slot">The article's slot in the catalog.</param>
/// <param name="Score">BM25 relevance (0 when unscored).</param>
/// <param name="OnWords">True when it matched on whole words, not only bigrams.</param>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)] // 16 bytes, not 24: lists of them run to the whole archive
internal readonly record struct Candidate(int Slot, double Score, bool OnWords);
