namespace NewsSearch.Core.Search.Trends;

/// <summary>The period a trend counts by.</summary>
public enum TrendInterval
{
    /// <summary>Calendar months, yyyy-MM.</summary>
    Month,

    /// <summary>Calendar years, yyyy.</summary>
    Year,
}
