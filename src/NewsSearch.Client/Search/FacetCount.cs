namespace NewsSearch.Client.Search;

/// <summary>One facet value with the number of matching articles that have it.</summary>
/// <param name="Value">The value id (a taxonomy id, or a year).</param>
/// <param name="Label">Display label (Chinese).</param>
/// <param name="Count">Matching articles with this value, counted with every other dimension's filter applied but not this one's.</param>
/// <param name="Selected">True when the search filters on this value.</param>
public sealed record FacetCount(string Value, string Label, int Count, bool Selected);
