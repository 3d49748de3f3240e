namespace NewsSearch.Core.Search.Suggestions;

/// <summary>Completions of a prefix: facet values first, then title words, each group most articles first.</summary>
/// <param name="Prefix">The prefix as given.</param>
/// <param name="Suggestions">The completions.</param>
public sealed record SuggestResponse(string Prefix, IReadOnlyList<Suggestion> Suggestions);
