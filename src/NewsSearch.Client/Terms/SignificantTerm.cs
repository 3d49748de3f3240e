namespace NewsSearch.Client.Terms;

/// <summary>A word over-represented in a result set.</summary>
/// <param name="Term">The word, folded to Simplified: as a query it finds both scripts.</param>
/// <param name="Foreground">Articles of the result set (or its sample) holding it.</param>
/// <param name="Background">Articles of the whole index holding it.</param>
/// <param name="Score">JLH: (fg% − bg%) × fg% / bg%; higher is more significant.</param>
public sealed record SignificantTerm(string Term, int Foreground, int Background, double Score);
