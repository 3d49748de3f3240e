using System.Text.Json.Serialization;

namespace NewsSearch.Client.Search;

/// <summary>What the rows or the columns of a pivot table count by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PivotDimension>))]
public enum PivotDimension
{
    /// <summary>Zone tags.</summary>
    Zone,

    /// <summary>Partner country tags.</summary>
    Country,

    /// <summary>Sector tags.</summary>
    Sector,

    /// <summary>Publication year.</summary>
    Year,
}
