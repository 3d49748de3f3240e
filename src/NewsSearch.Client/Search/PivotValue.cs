namespace NewsSearch.Client.Search;

/// <summary>One row or column of a pivot table.</summary>
/// <param name="Value">The value id (a taxonomy id, or a year), as used in search filters.</param>
/// <param name="Label">Chinese label (the year itself for years).</param>
/// <param name="LabelEn">English label; null for years.</param>
/// <param name="Count">Matching articles with this value.</param>
public sealed record PivotValue(string Value, string Label, string? LabelEn, int Count);
