namespace NewsSearch.Core.Search.Trends;

/// <summary>Several queries counted over the same periods, to compare their trends.</summary>
/// <param name="Interval">month or year.</param>
/// <param name="Periods">The periods, oldest first: every one from the first dated article to the last (within the dates asked for).</param>
/// <param name="Series">One series per query, in the order given.</param>
public sealed record TrendsResponse(string Interval, IReadOnlyList<string> Periods, IReadOnlyList<TrendSeries> Series);
