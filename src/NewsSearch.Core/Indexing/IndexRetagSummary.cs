namespace NewsSearch.Core.Indexing;

/// <summary>What a retag of an index did.</summary>
/// <param name="Articles">Articles in the index.</param>
/// <param name="Retagged">Articles whose tags changed and were written back.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record IndexRetagSummary(long Articles, long Retagged, TimeSpan Elapsed);
