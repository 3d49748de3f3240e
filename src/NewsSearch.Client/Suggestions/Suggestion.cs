namespace NewsSearch.Client.Suggestions;

/// <summary>One completion of a typed prefix.</summary>
/// <param name="Text">What to show: a facet name in the script typed, or a title word.</param>
/// <param name="Kind">A title word, or the facet dimension.</param>
/// <param name="Value">The facet value id to filter by; null for words.</param>
/// <param name="Count">Articles tagged with the value, or whose title holds the word.</param>
public sealed record Suggestion(string Text, SuggestionKind Kind, string? Value, int Count);
