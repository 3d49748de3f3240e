namespace NewsSearch.Client.Suggestions;

/// <summary>Completions of a prefix: facet values first, then title words.</summary>
/// <param name="Prefix">The prefix as sent.</param>
/// <param name="Suggestions">The completions.</param>
public sealed record SuggestResult(string Prefix, IReadOnlyList<Suggestion> Suggestions);
