namespace NewsSearch.Core.Search.Terms;

/// <summary>The words a result set is about.</summary>
/// <param name="Query">The query as understood.</param>
/// <param name="ForegroundSize">Articles in the result set (reprint groups once when collapsed): the search's total.</param>
/// <param name="BackgroundSize">Articles in the whole index.</param>
/// <param name="Sampled">True when only a sample of the result set was read: foreground counts are then counts in the sample, estimates.</param>
/// <param name="SampleSize">Articles read for the foreground counts (the result set itself unless sampled).</param>
/// <param name="Terms">The most significant words, highest score first.</param>
public sealed record SignificantTermsResponse(
    string Query, int ForegroundSize, int BackgroundSize, bool Sampled, int SampleSize, IReadOnlyList<SignificantTerm> Terms);
