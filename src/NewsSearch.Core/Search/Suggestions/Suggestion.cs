namespace NewsSearch.Core.Search.Suggestions;

/// <summary>One completion of a typed prefix.</summary>
/// <param name="Text">What to show: a facet name starting with what was typed (in its script where the taxonomy has it), or a title word.</param>
/// <param name="Kind">A title word, or the facet dimension.</param>
/// <param name="Value">The facet value id to filter by; null for words.</param>
/// <param name="Count">Articles tagged with the facet value, or whose title holds the word.</param>
public sealed record Suggestion(string Text, SuggestionKind Kind, string? Value, int Count);
