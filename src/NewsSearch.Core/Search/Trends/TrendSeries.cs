namespace NewsSearch.Core.Search.Trends;

/// <summary>One query's counts over the periods of a trend.</summary>
/// <param name="Q">The query as given.</param>
/// <param name="Query">The query as understood (folded, operators explicit).</param>
/// <param name="Total">The search's total over the whole span (undated articles left out).</param>
/// <param name="Points">One point per period, the same periods for every series, oldest first.</param>
public sealed record TrendSeries(string Q, string Query, int Total, IReadOnlyList<TrendPoint> Points);
