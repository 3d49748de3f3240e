namespace NewsSearch.Client.Trends;

/// <summary>One query's counts over the trend's periods.</summary>
/// <param name="Q">The query as sent.</param>
/// <param name="Query">The query as the service understood it.</param>
/// <param name="Total">Its matching dated articles (stories when collapsed) over the whole span.</param>
/// <param name="Points">One point per period, oldest first.</param>
public sealed record TrendSeries(string Q, string Query, int Total, IReadOnlyList<TrendPoint> Points);
