namespace NewsSearch.Core.Articles;

/// <summary>Something wrong with an input file or JSON Lines record, reported instead of thrown.</summary>
/// <param name="Origin">The corpus-relative path with '/' separators, plus <c>:line N</c> for a JSON Lines record.</param>
/// <param name="Reason">What was wrong, in words an operator can act on (e.g. "empty file").</param>
/// <param name="Skipped">True when nothing was produced from this origin; false for a warning on an article that was still read.</param>
public sealed record ReadProblem(string Origin, string Reason, bool Skipped);
