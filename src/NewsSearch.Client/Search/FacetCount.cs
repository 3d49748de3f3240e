namespace NewsSearch.Client.Search;

/// <summary>One facet value with the number of matching articles that have it.</summary>
/// <param name="Value">The value id (a taxonomy id, a year, or a month as yyyy-MM).</param>
/// <param name="Label">Display label (Chinese).</param>
/// <param name="Count">Matching articles with this value, counted with every other dimension's filter applied but not this one's.</param>
/// <param name="Selected">True when the search filters on this value.</param>
/// <param name="Total">For a timeline period, every article the service holds in it (no query, no filters); otherwise null.</param>
/// <param name="Share">For a timeline period, <paramref name="Count"/> / <paramref name="Total"/> (0 when the total is 0); otherwise null.</param>
public sealed record FacetCount(string Value, string Label, int Count, bool Selected, int? Total = null, double? Share = null);
