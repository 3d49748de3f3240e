namespace NewsSearch.Client.Trends;

/// <summary>One period of a series.</summary>
/// <param name="Period">yyyy-MM or yyyy.</param>
/// <param name="Count">Matching articles (stories when collapsed) in the period: the search's total with the period as its dates.</param>
/// <param name="Total">Every article of the index in the period.</param>
/// <param name="Share"><paramref name="Count"/> / <paramref name="Total"/> (0 for an empty period).</param>
public sealed record TrendPoint(string Period, int Count, int Total, double Share);
