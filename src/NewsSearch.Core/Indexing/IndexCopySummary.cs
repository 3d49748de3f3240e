namespace NewsSearch.Core.Indexing;

/// <summary>What a copy between two indexes did.</summary>
/// <param name="Articles">Articles in the source.</param>
/// <param name="Copied">Articles written to the target.</param>
/// <param name="AlreadyThere">Articles the target already held with the same content (an earlier, interrupted copy).</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record IndexCopySummary(long Articles, long Copied, long AlreadyThere, TimeSpan Elapsed);
