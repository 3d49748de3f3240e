namespace NewsSearch.Core.Search.Pivot;

/// <summary>What the rows or the columns of a pivot table count by.</summary>
public enum PivotAxis
{
    /// <summary>Zone tags.</summary>
    Zone,

    /// <summary>Partner country tags.</summary>
    Country,

    /// <summary>Sector tags.</summary>
    Sector,

    /// <summary>Publication year (undated articles have none).</summary>
    Year,
}
