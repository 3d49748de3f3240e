namespace NewsSearch.Client.Terms;

/// <summary>The words a result set is about: <c>GET /api/v1/search/terms</c>.</summary>
/// <param name="Query">The query as the service understood it.</param>
/// <param name="ForegroundSize">Articles in the result set (the search's total).</param>
/// <param name="BackgroundSize">Articles in the index.</param>
/// <param name="Sampled">True when only a sample of the set was read: foreground counts are then estimates.</param>
/// <param name="SampleSize">Articles read for the foreground counts.</param>
/// <param name="Terms">The most significant words, highest score first.</param>
public sealed record SignificantTerms(
    string Query, int ForegroundSize, int BackgroundSize, bool Sampled, int SampleSize, IReadOnlyList<SignificantTerm> Terms);
