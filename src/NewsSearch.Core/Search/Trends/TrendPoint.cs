namespace NewsSearch.Core.Search.Trends;

/// <summary>One period of a series.</summary>
/// <param name="Period">yyyy-MM or yyyy.</param>
/// <param name="Count">Matching articles (reprint groups when collapsed) published in the period: the search's total with the period as its dates.</param>
/// <param name="Total">Every article the index holds in the period, whatever the query and filters.</param>
/// <param name="Share"><paramref name="Count"/> / <paramref name="Total"/>, 0 when the period has no articles.</param>
public sealed record TrendPoint(string Period, int Count, int Total, double Share);
