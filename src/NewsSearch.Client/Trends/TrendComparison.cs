namespace NewsSearch.Client.Trends;

/// <summary>Several queries counted over the same periods: <c>GET /api/v1/trends</c>.</summary>
/// <param name="Interval">Months or years.</param>
/// <param name="Periods">The periods, oldest first, the same for every series.</param>
/// <param name="Series">One series per query, in the order sent.</param>
public sealed record TrendComparison(TrendInterval Interval, IReadOnlyList<string> Periods, IReadOnlyList<TrendSeries> Series);
