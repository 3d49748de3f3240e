namespace NewsSearch.Core.Search.Terms;

/// <summary>A word over-represented in a result set.</summary>
/// <param name="Term">The word, folded (Simplified, lower case): as a query it finds both scripts.</param>
/// <param name="Foreground">Articles of the result set (or of its sample) holding it in their title or body.</param>
/// <param name="Background">Articles of the whole index holding it.</param>
/// <param name="Score">(fg% − bg%) × fg% / bg%, fg% = foreground / result set size, bg% = background / index size; higher is more significant.</param>
public sealed record SignificantTerm(string Term, int Foreground, int Background, double Score);
